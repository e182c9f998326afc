import { appendFileSync, closeSync, mkdtempSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCheckpoint } from './checkpoint';
import { runTail } from './tail';

// In-process rotation cases (the SIGKILL test in tail.test.ts runs the real CLI).
const dir = mkdtempSync(join(tmpdir(), 'pz-rot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const line = (i: number, host = 'chatgpt.com'): string => `${1_700_000_000 + i}.000 1 10.0.0.${i % 9} TCP_TUNNEL/200 10 CONNECT ${host}:443 - HIER_DIRECT/1.1.1.1 -\n`;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function until(pred: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !pred(); i++) await sleep(10);
  expect(pred()).toBe(true);
}

describe('tail rotation', () => {
  it('keeps reading the renamed file while the writer still appends to it, then switches', async () => {
    const file = join(dir, 'a.log');
    const cp = join(dir, 'a.cp');
    writeFileSync(file, line(1) + line(2));
    const stop = new AbortController();
    const done = runTail({ file, checkpoint: cp, once: false, intervalMs: 20, inventory: {}, sensorId: 't', signal: stop.signal });
    await until(() => (loadCheckpoint(cp)?.inventory.stats.records ?? 0) === 2);
    const oldFd = openSync(file, 'a'); // the daemon's handle survives the rename
    renameSync(file, `${file}.1`);
    writeFileSync(file, line(10, 'claude.ai'));
    for (let i = 3; i <= 6; i++) { writeSync(oldFd, line(i)); await sleep(5); }
    closeSync(oldFd);
    appendFileSync(file, line(11, 'claude.ai'));
    await until(() => (loadCheckpoint(cp)?.inventory.stats.records ?? 0) === 8);
    stop.abort();
    const r = await done;
    expect(r.stats.records).toBe(8);
    expect(r.rows.reduce((n, x) => n + x.tlsHandshakes, 0)).toBe(8);
  });

  it('copytruncate: the unread tail comes from the copy; a restart resumes without recounting', async () => {
    const file = join(dir, 'b.log');
    const cp = join(dir, 'b.cp');
    writeFileSync(file, line(1) + line(2));
    let r = await runTail({ file, checkpoint: cp, once: true, intervalMs: 20, inventory: {}, sensorId: 't' });
    expect(r.stats.records).toBe(2);
    appendFileSync(file, line(3)); // written, never read before the rotation
    writeFileSync(`${file}.1`, `${line(1)}${line(2)}${line(3)}`); // the copy
    writeFileSync(file, line(20) + line(21) + line(22) + line(23)); // truncated, then longer than before
    r = await runTail({ file, checkpoint: cp, once: true, intervalMs: 20, inventory: {}, sensorId: 't' });
    expect(r.stats.records).toBe(7);
    r = await runTail({ file, checkpoint: cp, once: true, intervalMs: 20, inventory: {}, sensorId: 't' });
    expect(r.stats.records).toBe(7);
  });
});
