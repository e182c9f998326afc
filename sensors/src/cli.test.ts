import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { main, type Io } from './cli';
import { syntheticPcap } from './inputs/pcap/synthetic';

const dir = mkdtempSync(join(tmpdir(), 'pz-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SQUID = [
  '1700000000.000    10 10.0.0.1 TCP_TUNNEL/200 5000 CONNECT chatgpt.com:443 alice HIER_DIRECT/1.2.3.4 -',
  '1700000001.000    10 10.0.0.2 TCP_TUNNEL/200 7000 CONNECT claude.ai:443 - HIER_DIRECT/1.2.3.5 -',
  '1700000002.000    10 10.0.0.2 TCP_MISS/200 100 GET http://www.example.com/ - HIER_DIRECT/1.2.3.6 text/html',
  '1700000003.000    10 10.0.0.3 TCP_TUNNEL/200 10 CONNECT llm-gateway.contoso.com:443 - HIER_DIRECT/1.2.3.7 -',
].join('\n');
const squidFile = join(dir, 'access.log');
writeFileSync(squidFile, `${SQUID}\n`);

async function run(args: string[], stdin?: Buffer): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { stdout: (s) => { out += s; }, stderr: (s) => { err += s; }, ...(stdin ? { stdin: Readable.from([stdin]) } : {}) };
  const code = await main(args, io);
  return { code, out, err };
}

describe('pz-sensor scan', () => {
  it('ranked table for a newcomer with one Squid log', async () => {
    const r = await run(['scan', squidFile]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/AI use found in .*access\.log \(squid\)/);
    expect(r.out).toMatch(/1\s+chatgpt/);
    expect(r.out).toMatch(/llm-gateway\.contoso\.com/); // review list
    expect(r.out).toMatch(/4 records, 2 matched an AI app, 0 malformed/);
  });

  it('--json rows carry the user where the log has one, else the IP', async () => {
    const r = await run(['scan', squidFile, '--json']);
    const report = JSON.parse(r.out) as { rows: Array<{ appId: string; client: string; tlsHandshakes: number; bytesDown: number }> };
    expect(report.rows.map((x) => [x.client, x.tlsHandshakes, x.bytesDown]).sort()).toEqual([['10.0.0.2', 1, 7000], ['alice', 1, 5000]]);
  });

  it('--csv has a header and one line per row', async () => {
    const r = await run(['scan', squidFile, '--csv']);
    expect(r.out.trim().split('\n')).toHaveLength(3);
    expect(r.out.split('\n')[0]).toBe('appId,host,client,department,day,dnsQueries,tlsHandshakes,quicHandshakes,httpRequests,bytesUp,bytesDown,firstSeen,lastSeen');
  });

  it('reads a capture from stdin', async () => {
    const pcap = Buffer.concat([...syntheticPcap({ packets: 2000, seed: 3 })]);
    const r = await run(['scan', '-', '--json'], pcap);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as { sources: Array<{ format: string }>; rows: unknown[] };
    expect(report.sources[0]!.format).toBe('pcap');
    expect(report.rows.length).toBeGreaterThan(10);
  });

  it.each([
    [['scan'], 2, /no input FILE/],
    [['scan', squidFile, '--format', 'nope'], 2, /--format 'nope'/],
    [['scan', squidFile, '--bogus'], 2, /Unknown option/],
    [['scan', squidFile, '--json', '--csv'], 2, /exclusive/],
    [['scan', squidFile, '--map', 'host=a,client=b'], 2, /--map goes with/],
    [['frobnicate'], 2, /unknown command/],
    [['scan', join(dir, 'missing.log')], 1, /cannot read \(ENOENT\)/],
    [['scan', dir], 1, /not a regular file/],
    [['ship', squidFile, '--collector', 'http://127.0.0.1:9'], 2, /--token/],
    [['ship', squidFile, '--collector', 'http://127.0.0.1:9', '--token', 't'], 2, /pseudonymize-key/],
    [['tail', squidFile], 2, /--checkpoint/],
  ])('%j → exit %i', async (args, code, msg) => {
    const r = await run(args);
    expect(r.code).toBe(code);
    expect(r.err).toMatch(msg);
  });

  it('unrecognised content asks for --format (exit 2)', async () => {
    const f = join(dir, 'mystery.txt');
    writeFileSync(f, 'hello\nworld\n');
    const r = await run(['scan', f]);
    expect([r.code, r.err]).toEqual([2, expect.stringMatching(/pass --format/)]);
  });
});
