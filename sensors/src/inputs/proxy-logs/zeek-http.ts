import type { LineFormat } from '../line-format';
import { num } from '../text';
import { zeekDetect, zeekParser, zeekTs } from '../zeek-common';

// Zeek http.log (TSV or JSON): one row per request; body lengths are the bytes up/down.

const FIELDS = ['ts', 'uid', 'id.orig_h', 'id.orig_p', 'id.resp_h', 'id.resp_p', 'trans_depth', 'method', 'host', 'uri', 'referrer', 'user_agent', 'request_body_len', 'response_body_len', 'status_code', 'status_msg', 'info_code', 'info_msg', 'filename', 'tags', 'username', 'password', 'proxied', 'orig_fuids', 'orig_mime_types', 'resp_fuids', 'resp_mime_types'];

export const zeekHttpFormat: LineFormat = {
  id: 'zeek-http',
  detect: zeekDetect('http', ['id.orig_h', 'method', 'uri']),
  create: () => zeekParser(FIELDS, (row) => {
    const client = row('id.orig_h');
    const ts = zeekTs(row('ts'));
    if (!client || Number.isNaN(ts)) return 'bad';
    const host = row('host');
    const method = row('method');
    // Headerless TSV gives no schema: a row whose method column is not a method is another log's row.
    if (!method || !/^[A-Z][A-Z-]{0,19}$/.test(method)) return host ? 'bad' : 'skip';
    if (!host) return 'skip';
    return { tsMs: ts, client, host, kind: 'http', bytesUp: num(row('request_body_len')), bytesDown: num(row('response_body_len')) };
  }),
};
