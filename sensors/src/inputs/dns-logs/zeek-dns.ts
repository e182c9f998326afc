import type { LineFormat } from '../line-format';
import { zeekDetect, zeekParser, zeekTs } from '../zeek-common';

// Zeek dns.log (TSV or JSON). One row per DNS transaction; rows without a query (answer-only mDNS)
// are skipped since nobody asked for anything.

const FIELDS = ['ts', 'uid', 'id.orig_h', 'id.orig_p', 'id.resp_h', 'id.resp_p', 'proto', 'trans_id', 'rtt', 'query', 'qclass', 'qclass_name', 'qtype', 'qtype_name', 'rcode', 'rcode_name', 'AA', 'TC', 'RD', 'RA', 'Z', 'answers', 'TTLs', 'rejected'];

export const zeekDnsFormat: LineFormat = {
  id: 'zeek-dns',
  detect: zeekDetect('dns', ['id.orig_h', 'query']),
  create: () => zeekParser(FIELDS, (row) => {
    const client = row('id.orig_h');
    const ts = zeekTs(row('ts'));
    if (!client || Number.isNaN(ts)) return 'bad';
    const host = row('query');
    if (!host) return 'skip';
    return { tsMs: ts, client, host, kind: 'dns', bytesUp: 0, bytesDown: 0 };
  }),
};
