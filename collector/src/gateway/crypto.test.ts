import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deriveVaultKeys, keyedId, open, seal, sealMany } from './crypto';

const keys = deriveVaultKeys(randomBytes(32));

describe('vault crypto', () => {
  it.each(['jane@acme.io', 'Zoë Ågren', '', 'x'.repeat(5000)])('round-trips %#', (v) => {
    const s = seal(keys.enc, v, 't|c|<PERSON_1>');
    expect(open(keys.enc, s, 't|c|<PERSON_1>')).toBe(v);
    if (v) expect(s.toString('latin1')).not.toContain(v);
  });

  it.each([
    ['other row (AAD)', (s: Buffer) => open(keys.enc, s, 't|c|<PERSON_2>')],
    ['other key', (s: Buffer) => open(deriveVaultKeys(randomBytes(32)).enc, s, 't|c|<PERSON_1>')],
    ['flipped byte', (s: Buffer) => open(keys.enc, Buffer.from(s.map((b, i) => (i === s.length - 1 ? b ^ 1 : b))), 't|c|<PERSON_1>')],
    ['truncated', (s: Buffer) => open(keys.enc, s.subarray(0, 10), 't|c|<PERSON_1>')],
  ])('refuses %s', (_name, attempt) => {
    const s = seal(keys.enc, 'secret value', 't|c|<PERSON_1>');
    expect(() => attempt(s)).toThrow();
  });

  it('same value, same id within a conversation; different across conversations and tenants', () => {
    const a = keyedId(keys.mac, 't1', 'c1');
    expect(a('jane')).toBe(a('jane'));
    expect(a('jane')).not.toBe(a('john'));
    expect(keyedId(keys.mac, 't1', 'c2')('jane')).not.toBe(a('jane'));
    expect(keyedId(keys.mac, 't2', 'c1')('jane')).not.toBe(a('jane'));
  });

  it('sealMany: each value opens under its own AAD only, and no two share an IV', () => {
    const items = Array.from({ length: 50 }, (_, i) => ({ plaintext: `v${i}@corp.example`, aad: `t|c|<EMAIL_ADDRESS_${i + 1}>` }));
    const sealed = sealMany(keys.enc, items);
    sealed.forEach((s, i) => expect(open(keys.enc, s, items[i]!.aad)).toBe(items[i]!.plaintext));
    expect(() => open(keys.enc, sealed[0]!, items[1]!.aad)).toThrow();
    expect(new Set(sealed.map((s) => s.subarray(0, 12).toString('hex'))).size).toBe(items.length);
  });

  it('refuses a master key of the wrong size', () => expect(() => deriveVaultKeys(randomBytes(16))).toThrow(/32 bytes/));
});
