import type { LineFormat } from '../line-format';
import { zeekDetect, zeekParser, zeekTs } from '../zeek-common';

// Zeek ssl.log (TSV or JSON): server_name is the SNI. Rows without one (no SNI sent) are skipped.

const FIELDS = ['ts', 'uid', 'id.orig_h', 'id.orig_p', 'id.resp_h', 'id.resp_p', 'version', 'cipher', 'curve', 'server_name', 'resumed', 'last_alert', 'next_protocol', 'established'];

export const zeekSslFormat: LineFormat = {
  id: 'zeek-ssl',
  detect: zeekDetect('ssl', ['id.orig_h', 'cipher']),
  create: () => zeekParser(FIELDS, (row) => {
    const client = row('id.orig_h');
    const ts = zeekTs(row('ts'));
    if (!client || Number.isNaN(ts)) return 'bad';
    const host = row('server_name');
    if (!host) return 'skip';
    return { tsMs: ts, client, host, kind: 'tls', bytesUp: 0, bytesDown: 0 };
  }),
};
