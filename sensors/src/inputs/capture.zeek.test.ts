import { createReadStream } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PacketSighting } from '../decode/packet';
import { evalPath, hasEval, readZeekTsv } from '../testing/eval-data';
import { scanCapture } from './capture';

// Golden tests against Zeek's own expected logs for real captures. Zeek keys a DNS transaction by
// its originator, so for a response we compare its destination (the asking client).

async function sightings(rel: string): Promise<PacketSighting[]> {
  const out: PacketSighting[] = [];
  await scanCapture(createReadStream(evalPath(rel)), (s) => out.push({ ...s }));
  return out;
}

// DNS names are case-insensitive; Zeek lower-cases some (LLMNR/NetBIOS), so compare case-folded.
const set = (pairs: Array<[string, string]>): string[] => [...new Set(pairs.map(([a, b]) => `${a}|${b.toLowerCase()}`))].sort();
const ours = (list: PacketSighting[], kinds: Array<PacketSighting['kind']>): string[] =>
  set(list.filter((s) => kinds.includes(s.kind)).map((s) => [s.isResponse ? s.dst : s.src, s.host]));
const zeek = (rel: string, field: string): string[] =>
  set(readZeekTsv(rel).filter((r) => r[field] && r[field] !== '-').map((r) => [r['id.orig_h']!, r[field]!]));

const CASES: Array<{ capture: string; expected: string; field: string; kinds: Array<PacketSighting['kind']>; zeekOnly?: string[]; oursOnly?: string[]; empty?: boolean }> = [
  { capture: 'pcap/zeek/dns-tcp/tkey.pcap', expected: 'pcap/zeek/dns-tcp/expected_dns.log', field: 'query', kinds: ['dns'] },
  { capture: 'pcap/zeek/dns-ipv6/ipv6-fragmented-dns.pcap', expected: 'pcap/zeek/dns-ipv6/expected_dns.log', field: 'query', kinds: ['dns'] },
  {
    capture: 'pcap/zeek/wikipedia/wikipedia.pcap', expected: 'pcap/zeek/wikipedia/expected_dns.log', field: 'query', kinds: ['dns'],
    // mDNS announcements with zero questions: Zeek fills `query` from the first answer's owner name;
    // we report question names only (like tshark's dns.qry.name), since nobody asked for these.
    // NetBIOS name service (udp/137): Zeek runs its DNS analyzer on it; it is not DNS (tshark calls
    // it nbns) and a NetBIOS workgroup name is never an AI service, so we leave it out.
    zeekOnly: ['141.142.220.50|gemini._sftp-ssh._tcp.local', 'fe80::217:f2ff:fed7:cf65|gemini._sftp-ssh._tcp.local', '141.142.220.238|workgroup'],
  },
  {
    capture: 'pcap/zeek/wikipedia/wikipedia.pcap', expected: 'pcap/zeek/wikipedia/expected_http.log', field: 'host', kinds: ['http'],
    // The www.wikipedia.org request is on a connection whose handshake precedes the capture: Zeek's
    // HTTP analyzer never attaches to it, we (and tshark, `http.host`) read the request line anyway.
    oursOnly: ['141.142.220.118|www.wikipedia.org'],
  },
  { capture: 'pcap/zeek/pcapng-http/zeek-image-1080-80-x.pcapng', expected: 'pcap/zeek/pcapng-http/expected_http.log.cut', field: 'host', kinds: ['http'] },
  { capture: 'pcap/zeek/tls-ext/tls-conn-with-extensions.pcap', expected: 'pcap/zeek/tls-ext/expected_ssl.log', field: 'server_name', kinds: ['tls'] },
  // A ClientHello without SNI: Zeek logs '-', we must report nothing (and not invent a name).
  { capture: 'pcap/zeek/tls12/tls1.2.pcap', expected: 'pcap/zeek/tls12/expected_ssl.log', field: 'server_name', kinds: ['tls'], empty: true },
  { capture: 'pcap/zeek/tls13-ech/tls13-ech.pcap', expected: 'pcap/zeek/tls13-ech/expected_ssl.log', field: 'server_name', kinds: ['tls'] },
  { capture: 'pcap/zeek/quic/chromium-api-cirrus-com.pcap', expected: 'pcap/zeek/quic/expected_quic.log', field: 'server_name', kinds: ['quic'] },
  { capture: 'pcap/zeek/quic/chromium-api-cirrus-com.pcap', expected: 'pcap/zeek/quic/expected_ssl.log', field: 'server_name', kinds: ['quic'] },
];

describe.skipIf(!hasEval)('captures vs Zeek expected logs', () => {
  it.each(CASES)('$capture ($field)', async ({ capture, expected, field, kinds, zeekOnly = [], oursOnly = [], empty }) => {
    const got = ours(await sightings(capture), kinds);
    const zeekSet = zeek(expected, field);
    for (const p of zeekOnly) expect(zeekSet).toContain(p); // the recorded differences are real
    const want = [...zeekSet.filter((p) => !zeekOnly.includes(p)), ...oursOnly].sort();
    expect(want.length > 0).toBe(!empty);
    expect(got).toEqual(want);
  });

  it('flags ECH and reports the outer SNI', async () => {
    const tls = (await sightings('pcap/zeek/tls13-ech/tls13-ech.pcap')).filter((s) => s.kind === 'tls');
    expect(tls.map((s) => [s.host, s.ech])).toEqual([['cloudflare-ech.com', true], ['cloudflare-ech.com', true]]);
  });

  it('reads every interface of a multi-interface pcapng (Zeek conn.log originators)', async () => {
    const got = set((await sightings('pcap/zeek/pcapng/pcapng-multi-interface.pcapng')).filter((s) => !s.isResponse).map((s) => [s.src, 'dns']));
    expect(got).toEqual(zeek('pcap/zeek/pcapng/expected_conn.log', 'service'));
  });
});
