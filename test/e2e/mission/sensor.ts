// `pz-sensor ship` exactly as IT runs it on a log host: a child process against the collector.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './collector-process';

export interface ShipResult { code: number | null; stdout: string; stderr: string }

export function runSensorShip(files: string[], collector: string, token: string): Promise<ShipResult> {
  const args = ['--import', 'tsx', join(ROOT, 'sensors/src/cli.ts'), 'ship', ...files, '--collector', collector, '--token', token,
    '--pseudonymize-key', 'mission-pseudonym-key-0001', '--sensor-id', 'mission-log-host'];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const t = setTimeout(() => child.kill('SIGKILL'), 180_000);
    child.once('error', reject);
    child.once('exit', (code) => { clearTimeout(t); resolve({ code, stdout, stderr }); });
  });
}
