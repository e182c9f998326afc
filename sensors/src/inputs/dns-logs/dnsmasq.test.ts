import { describe, expect, it } from 'vitest';
import { dnsmasqFormat } from './dnsmasq';

// No third-party dnsmasq/Pi-hole sample is in shared/eval; these lines follow dnsmasq's log_query().
const LINES = [
  ['Nov 21 10:00:01 dnsmasq[1234]: query[A] chatgpt.com from 192.168.1.10', '192.168.1.10|chatgpt.com'],
  ['Nov 21 10:00:01 dnsmasq[1234]: query[AAAA] claude.ai from 192.168.1.11', '192.168.1.11|claude.ai'],
  ['Nov 21 10:00:02 pihole-FTL[99]: query[HTTPS] api.openai.com from fd00::5', 'fd00::5|api.openai.com'],
  ['Nov 21 10:00:01 dnsmasq[1234]: forwarded chatgpt.com to 1.1.1.1', 'skip'],
  ['Nov 21 10:00:01 dnsmasq[1234]: reply chatgpt.com is 104.18.32.47', 'skip'],
  ['total garbage', 'bad'],
] as const;

describe('dnsmasq / Pi-hole', () => {
  const parse = dnsmasqFormat.create({ referenceMs: Date.UTC(2026, 0, 1) });
  it.each(LINES)('%s', (line, want) => {
    const r = parse(line);
    expect(typeof r === 'object' ? `${r.client}|${r.host}` : r).toBe(want);
  });
  it('uses the reference year (syslog has none)', () => {
    const r = parse(LINES[0][0]);
    expect(typeof r === 'object' && new Date(r.tsMs).toISOString()).toBe('2026-11-21T10:00:01.000Z');
  });
  it('detects', () => expect(dnsmasqFormat.detect([LINES[0][0]])).toBe(true));
});
