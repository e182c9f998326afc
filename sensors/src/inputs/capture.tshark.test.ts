import { spawnSync } from 'node:child_process';
import { createReadStream, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evalPath, hasEval, multiset } from '../testing/eval-data';
import { scanCapture } from './capture';
import { syntheticPcap } from './pcap/synthetic';

// Cross-check with tshark: the multiset of (src ip, DNS question name) and (src ip, TLS/QUIC SNI)
// must equal what `tshark -T fields` prints for the same file.

const tshark = spawnSync('tshark', ['--version'], { encoding: 'utf8' });
const hasTshark = tshark.status === 0;
if (!hasTshark) console.warn('SKIPPED: tshark not installed; the tshark cross-check did not run');

function tsharkPairs(file: string): { dns: string[]; sni: string[] } {
  const r = spawnSync('tshark', ['-n', '-r', file, '-T', 'fields', '-E', 'separator=|', '-e', 'ip.src', '-e', 'ipv6.src', '-e', 'dns.qry.name', '-e', 'tls.handshake.extensions_server_name'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`tshark failed: ${r.stderr}`);
  const dns: Array<[string, string]> = [];
  const sni: Array<[string, string]> = [];
  for (const line of r.stdout.split('\n')) {
    const [ip4 = '', ip6 = '', q = '', s = ''] = line.split('|');
    const src = (ip4 || ip6).split(',')[0]!; // tunnels list several; the outer one is first
    if (q) for (const name of q.split(',')) dns.push([src, name]);
    if (s) for (const name of s.split(',')) sni.push([src, name]);
  }
  return { dns: multiset(dns), sni: multiset(sni) };
}

async function ourPairs(file: string): Promise<{ dns: string[]; sni: string[] }> {
  const dns: Array<[string, string]> = [];
  const sni: Array<[string, string]> = [];
  await scanCapture(createReadStream(file), (s) => {
    if (s.kind === 'dns') dns.push([s.src, s.host]);
    else if (s.kind === 'tls' || s.kind === 'quic') sni.push([s.src, s.host]);
  });
  return { dns: multiset(dns), sni: multiset(sni) };
}

function evalCaptures(): string[] {
  const root = evalPath('pcap/zeek/');
  return readdirSync(root).flatMap((d) => (statSync(join(root, d)).isDirectory() ? readdirSync(join(root, d)).filter((f) => /\.pcap(ng)?$/.test(f)).map((f) => join(root, d, f)) : []));
}

const tmp = mkdtempSync(join(tmpdir(), 'pz-tshark-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe.skipIf(!hasTshark)('tshark cross-check', () => {
  it.skipIf(!hasEval).each(hasEval ? evalCaptures() : [])('%s', async (file) => {
    const [want, got] = [tsharkPairs(file), await ourPairs(file)];
    expect(got.dns).toEqual(want.dns);
    expect(got.sni).toEqual(want.sni);
  });

  it('a synthetic capture (v4/v6, VLAN, split ClientHellos, ECH)', async () => {
    const file = join(tmp, 'synthetic.pcap');
    writeFileSync(file, Buffer.concat([...syntheticPcap({ packets: 20_000, seed: 7 })]));
    const [want, got] = [tsharkPairs(file), await ourPairs(file)];
    expect(want.dns.length).toBeGreaterThan(5000);
    expect(want.sni.length).toBeGreaterThan(2000);
    expect(got.dns).toEqual(want.dns);
    expect(got.sni).toEqual(want.sni);
  });
});
