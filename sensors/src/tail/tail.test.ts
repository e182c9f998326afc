import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { readSource } from '../inputs/source';
import { Inventory } from '../inventory/inventory';
import type { Report } from '../output/render';
import { loadCheckpoint } from './checkpoint';

// The crash test: a writer appends (sometimes half a line), rotates by rename+create and by
// copytruncate, while the sensor is SIGKILLed and restarted at random moments (seeded). In the end the
// inventory tail built must equal a one-shot scan of every line written.

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = fileURLToPath(new URL('../cli.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'pz-tail-'));
const children: ChildProcess[] = [];
afterAll(() => { for (const c of children) c.kill('SIGKILL'); rmSync(dir, { recursive: true, force: true }); });

const HOSTS = ['chatgpt.com', 'claude.ai', 'gemini.google.com', 'www.example.com', 'llm.contoso.example'];
const USERS = ['alice', '-', 'bob', '-', 'carol'];
function lineFor(i: number): string {
  return `${1_700_000_000 + i * 37}.${String(i % 1000).padStart(3, '0')}   ${i % 97} 10.0.${i % 7}.${i % 11} TCP_TUNNEL/200 ${i * 13} CONNECT ${HOSTS[i % 5]}:443 ${USERS[(i >> 2) % 5]} HIER_DIRECT/1.2.3.4 -`;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0; return s / 2 ** 32; };
}

const headHash = (file: string, len: number): string => createHash('sha256').update(readFileSync(file).subarray(0, len)).digest('hex');
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('tail: rotation + SIGKILL at random points', () => {
  it('ends with the same inventory as a one-shot scan', async () => {
    const rand = rng(20261121);
    const file = join(dir, 'access.log');
    const cp = join(dir, 'cp.json');
    writeFileSync(file, '');
    let written: string[] = [];
    let next = 0;
    let partial = ''; // the rest of a half-written line
    let rotations = 0;
    let kills = 0;
    let sensor: ChildProcess | undefined;
    const start = (): void => {
      sensor = spawn(process.execPath, ['--import', 'tsx', CLI, 'tail', file, '--checkpoint', cp, '--interval', '15', '--format', 'squid', '-q'], { cwd: ROOT, stdio: 'ignore' });
      children.push(sensor);
    };
    const kill = async (): Promise<void> => {
      if (!sensor) return;
      const s = sensor;
      sensor = undefined;
      const exited = new Promise((r) => s.once('exit', r));
      s.kill('SIGKILL');
      await exited;
      kills++;
    };
    const completePartial = (): void => { if (partial) { appendFileSync(file, `${partial}\n`); partial = ''; } };
    // Logrotate never rotates twice before the reader has moved to the newest file; mirror that.
    const caughtUp = async (): Promise<void> => {
      if (!sensor) start();
      for (let i = 0; i < 600; i++) {
        const c = loadCheckpoint(cp);
        const st = statSync(file);
        if (c && c.ino === st.ino && c.offset === st.size && (st.size === 0 || c.headHash === headHash(file, c.headLen))) return;
        await sleep(25);
      }
      throw new Error('sensor never reached the current file');
    };
    start();
    for (let step = 0; step < 50; step++) {
      const r = rand();
      if (r < 0.55) {
        completePartial();
        const n = 1 + Math.floor(rand() * 200);
        const lines = Array.from({ length: n }, () => lineFor(next++));
        written = written.concat(lines);
        const text = lines.join('\n');
        if (rand() < 0.3) { const cut = Math.floor(rand() * lines.at(-1)!.length); appendFileSync(file, text.slice(0, text.length - lines.at(-1)!.length + cut)); partial = lines.at(-1)!.slice(cut); }
        else appendFileSync(file, `${text}\n`);
      } else if (r < 0.63) {
        completePartial();
        await caughtUp();
        renameSync(file, `${file}.${++rotations}`);
        writeFileSync(file, '');
      } else if (r < 0.7) {
        completePartial();
        await caughtUp();
        copyFileSync(file, `${file}.c${++rotations}`);
        truncateSync(file, 0);
      } else if (r < 0.95) {
        if (sensor) await kill();
        else start();
      } else if (!sensor) {
        start();
      }
      await sleep(Math.floor(rand() * 40));
    }
    completePartial();
    await kill();

    const final = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'tail', file, '--checkpoint', cp, '--once', '--json', '--format', 'squid'], { cwd: ROOT, encoding: 'utf8' });
    expect(final.stderr).toBe('');
    const tailed = JSON.parse(final.stdout) as Report;

    const all = join(dir, 'all.log');
    writeFileSync(all, `${written.join('\n')}\n`);
    const once = new Inventory();
    await readSource(all, once, { format: 'squid' });
    expect(tailed.stats).toEqual(once.stats);
    expect(tailed.rows).toEqual(once.rows());
    expect(tailed.unknownHosts).toEqual(once.unknownHosts());
    expect(once.stats.records).toBe(written.length);
    expect(readFileSync(all, 'utf8').length).toBeGreaterThan(100_000);
    console.info(`tail crash test: ${written.length} lines, ${kills} SIGKILLs, ${rotations} rotations`);
    expect(kills).toBeGreaterThanOrEqual(5);
    expect(rotations).toBeGreaterThanOrEqual(5);
  }, 180_000);
});
