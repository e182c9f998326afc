import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const pz = fileURLToPath(new URL('./pz.ts', import.meta.url));
const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', pz, 'kb', ...args], { encoding: 'utf8', timeout: 120_000 });

describe('pz kb', () => {
  it.each([[[]], [['ingest', 'x']], [['eval', '--bogus']]])('exits 2 with usage on %j', (args) => {
    const r = run(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage: pz kb/);
  });
  it('exits 1 with a message when the collection is unreadable', () => {
    const r = run('eval', '--collection', '/nonexistent');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/cannot read a Cranfield-format collection/);
  });
});
