import { describe, expect, it } from 'vitest';
import { squidCombinedFormat } from './squid-combined';

// No third-party Squid combined sample in shared/eval; lines follow Squid's built-in `combined` logformat.
const CASES = [
  ['10.0.0.5 - alice [21/Nov/2026:10:00:00 +0100] "CONNECT api.openai.com:443 HTTP/1.1" 200 5120 "-" "curl/8" TCP_TUNNEL:HIER_DIRECT', { client: 'alice', host: 'api.openai.com', kind: 'tls', bytesDown: 5120, iso: '2026-11-21T09:00:00.000Z' }],
  ['10.0.0.6 - - [21/Nov/2026:10:00:00 +0000] "GET http://claude.ai/x HTTP/1.1" 304 0 "-" "Mozilla" TCP_REFRESH_HIT:HIER_NONE', { client: '10.0.0.6', host: 'claude.ai', kind: 'http', bytesDown: 0, iso: '2026-11-21T10:00:00.000Z' }],
] as const;

describe('squid combined', () => {
  const parse = squidCombinedFormat.create({ referenceMs: 0 });
  it.each(CASES)('%s', (line, want) => {
    const r = parse(line);
    expect(typeof r === 'object' && { client: r.client, host: r.host, kind: r.kind, bytesDown: r.bytesDown, iso: new Date(r.tsMs).toISOString() }).toEqual(want);
  });
  it('detects combined, not native', () => {
    expect(squidCombinedFormat.detect([CASES[0][0]])).toBe(true);
    expect(squidCombinedFormat.detect(['1157689312.049   5006 10.105.21.199 TCP_MISS/200 19763 CONNECT a:443 - DIRECT/1.2.3.4 -'])).toBe(false);
  });
  it('rejects garbage', () => expect(parse('not a log line')).toBe('bad'));
});
