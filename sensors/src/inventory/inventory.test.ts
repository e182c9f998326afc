import { describe, expect, it } from 'vitest';
import { IdentityMap, pseudonymize } from './identity';
import { Inventory } from './inventory';
import type { Sighting } from './sighting';

const T = Date.UTC(2026, 10, 21, 12);
const s = (over: Partial<Sighting>): Sighting => ({ tsMs: T, client: '10.0.0.1', host: 'chatgpt.com', kind: 'dns', bytesUp: 0, bytesDown: 0, ...over });

describe('Inventory', () => {
  it('aggregates per (app, host, client, day) with per-kind counts, bytes and first/last seen', () => {
    const inv = new Inventory();
    inv.add(s({ kind: 'dns' }));
    inv.add(s({ kind: 'tls', tsMs: T + 1000, bytesUp: 10, bytesDown: 20 }));
    inv.add(s({ kind: 'http', tsMs: T - 1000 }));
    inv.add(s({ tsMs: T + 86_400_000 })); // next day: another row
    inv.add(s({ client: '10.0.0.2' }));
    const rows = inv.rows();
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ client: '10.0.0.1', day: '2026-11-21', dnsQueries: 1, tlsHandshakes: 1, httpRequests: 1, bytesUp: 10, bytesDown: 20, firstSeen: new Date(T - 1000).toISOString(), lastSeen: new Date(T + 1000).toISOString() });
    expect(inv.stats).toEqual({ records: 5, matched: 5, malformed: 0 });
  });

  it.each([
    ['not AI', 'www.example.com', 0, 0],
    ['IP literal', '104.18.2.3', 0, 0],
    ['PTR name', '3.2.18.104.in-addr.arpa', 0, 0],
    ['not a hostname', 'bad host\u0000', 0, 1],
  ])('%s is not a row', (_, host, rows, malformed) => {
    const inv = new Inventory();
    inv.add(s({ host }));
    expect(inv.rows().length).toBe(rows);
    expect(inv.stats.malformed).toBe(malformed);
  });

  it('lists uncatalogued AI-looking hosts for review', () => {
    const inv = new Inventory();
    inv.add(s({ host: 'llm-gateway.contoso.com' }));
    inv.add(s({ host: 'llm-gateway.contoso.com', tsMs: T + 5 }));
    inv.add(s({ host: 'intranet.example.com' }));
    const u = inv.unknownHosts();
    expect(u.map((x) => [x.host, x.hits, x.lastSeen])).toEqual([['llm-gateway.contoso.com', 2, new Date(T + 5).toISOString()]]);
    expect(u[0]!.reason).toMatch(/llm/i);
    expect(inv.rows()).toEqual([]);
  });

  it('identity map names IP clients; a key pseudonymises users', () => {
    const identity = IdentityMap.parse('cidr,user,department\n10.0.0.0/24,alice,Finance\n10.0.0.7,bob,Legal\n2001:db8::/32,carol,IT');
    const inv = new Inventory({ identity, pseudonymizeKey: 'k1' });
    inv.add(s({ client: '10.0.0.7' }));
    inv.add(s({ client: '10.0.0.9' }));
    inv.add(s({ client: '2001:db8::1' }));
    inv.add(s({ client: 'dave' }));
    inv.add(s({ client: '192.168.1.1' }));
    const got = inv.rows().map((r) => [r.client, r.department]).sort();
    expect(got).toEqual([[pseudonymize('alice', 'k1'), 'Finance'], [pseudonymize('bob', 'k1'), 'Legal'], [pseudonymize('carol', 'k1'), 'IT'], [pseudonymize('dave', 'k1'), undefined], ['192.168.1.1', undefined]].sort());
    expect(pseudonymize('alice', 'k1')).not.toBe(pseudonymize('alice', 'k2'));
  });

  it('snapshot/restore round-trips', () => {
    const a = new Inventory();
    a.add(s({}));
    a.add(s({ host: 'llm.contoso.com' }));
    const b = new Inventory();
    b.restore(JSON.parse(JSON.stringify(a.snapshot())) as ReturnType<Inventory['snapshot']>);
    b.add(s({ kind: 'tls' }));
    expect(b.rows()[0]).toMatchObject({ dnsQueries: 1, tlsHandshakes: 1 });
    expect(b.unknownHosts()).toEqual(a.unknownHosts());
  });

  it.each(['10.0.0.0/33,a', 'not-an-ip,a', '10.0.0.1,'])('rejects identity line %s', (line) => {
    expect(() => IdentityMap.parse(`ip,user\n${line}`)).toThrow(/identity map line 2/);
  });
});
