import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArgs } from './scan';

// Spawns the real CLI: `tsx collector/src/cli/pz.ts scan …`.
const pz = fileURLToPath(new URL('./pz.ts', import.meta.url));
const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'pz-scan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SECRETISH = 'Customer Jessica Solomina, jessica.solomina@example.com, card 4111 1111 1111 1111';
const dirty = join(dir, 'dirty.txt');
const clean = join(dir, 'clean.txt');
writeFileSync(dirty, SECRETISH);
writeFileSync(clean, 'What is a good name for a cat?');

function run(args: string[], input?: string) {
  const r = spawnSync(tsx, [pz, 'scan', ...args], { input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('pz scan', () => {
  it('prints JSON lines without values and exits 1 on findings', () => {
    const r = run([dirty]);
    expect(r.code).toBe(1);
    const rows = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((x) => x.entity)).toEqual(['PERSON', 'EMAIL_ADDRESS', 'CREDIT_CARD']);
    expect(Object.keys(rows[0]).sort()).toEqual(['detector', 'end', 'entity', 'file', 'score', 'start']);
    expect(r.out).not.toContain('4111');
    expect(r.out).not.toContain('jessica');
  });

  it('shows values only when asked', () => {
    const r = run([dirty, '--show-values']);
    expect(r.out).toContain('"value":"4111 1111 1111 1111"');
  });

  it('exits 0 on clean input', () => {
    const r = run([clean]);
    expect(r, r.err).toMatchObject({ code: 0, out: '' });
  });

  it.each([
    [['--format', 'table'], /dirty\.txt: a payment card number, a.+\n\s+ENTITY\s+START/],
    [['--format=presidio'], /^\[\{"entity_type":"PERSON","start":9,"end":25,"score":[\d.]+,"analysis_explanation":null,"recognition_metadata":\{"recognizer_name":"PersonRecognizer"/],
  ])('format %j', (flags, pattern) => {
    const r = run([dirty, ...flags]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(pattern);
  });

  it('reads standard input for "-"', () => {
    const r = run(['-', '--min-score', '0.6'], 'mail me at ann@example.com');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out.trim())).toMatchObject({ file: '<stdin>', entity: 'EMAIL_ADDRESS', start: 11, end: 26 });
  });

  it.each([
    [['--bogus'], /unknown option '--bogus'/],
    [[join(dir, 'missing.txt')], /cannot read .*missing\.txt: no such file/],
  ])('usage and I/O errors exit 2: %j', (args, message) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it.each([
    [['--format', 'xml'], '--format must be one of jsonl, table, presidio'],
    [['--min-score', '7'], '--min-score must be a number between 0 and 1'],
    [['--min-score'], '--min-score must be a number between 0 and 1'],
    [['a.txt', '--format=table', '--min-score=0.8'], { files: ['a.txt'], format: 'table', minScore: 0.8, showValues: false }],
    [[], { files: ['-'], format: 'jsonl', minScore: 0.5, showValues: false }],
  ])('parses %j', (args, expected) => expect(parseArgs(args)).toEqual(expected));
});
