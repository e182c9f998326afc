// Start/stop a collector child process (serve-child.ts) from tests and benches.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface CollectorChild {
  proc: ChildProcess;
  port: number;
  url: string;
  exited: Promise<number | null>;
}

export async function spawnCollector(env: Record<string, string>, deviceToken: string, timeoutMs = 180_000): Promise<CollectorChild> {
  const script = fileURLToPath(new URL('./serve-child.ts', import.meta.url));
  const proc = spawn(process.execPath, ['--import', 'tsx', script, '--device-token', deviceToken], {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', PZ_SCHEDULE_JOBS: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  let stderr = '';
  proc.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`collector did not start in ${timeoutMs} ms: ${stderr}`)), timeoutMs);
    let out = '';
    proc.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /READY (\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`collector exited (${code}) before ready: ${stderr}`));
    });
  });
  return { proc, port, url: `http://127.0.0.1:${port}`, exited };
}
