// The vault's shared statements: concurrent requests of many conversations are opened and written
// together, yet each conversation keeps its own entries, its own owner check and its own failure.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/database';
import { DEFAULT_TENANT } from '../db/repositories/identity';
import { startTestApp, TARGETS, type TestApp } from '../testing/harness';
import { deriveVaultKeys, keyedId, seal } from './crypto';
import { Vault } from './vault';

describe.each(TARGETS)('vault on $name', (target) => {
  let t: TestApp;
  let statements = 0;
  let counted: Db;
  const keys = deriveVaultKeys(randomBytes(32));
  let run = 0;

  beforeAll(async () => {
    t = await startTestApp(target);
    // Counts the vault's own statements (open and write go through executeQuery when no postgres.js client is given).
    counted = new Proxy(t.app.db, {
      get(db, p) {
        if (p === 'executeQuery') return (...a: Parameters<Db['executeQuery']>) => (statements++, db.executeQuery(...a));
        const v = Reflect.get(db, p, db) as unknown; // Kysely keeps private fields: call on the real instance
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(db) : v;
      },
    });
  });
  afterAll(async () => t?.close());

  const fresh = () => new Vault(counted, keys, { ttlMs: 3_600_000 });
  const conv = (i: number) => `vault-test-${++run}-${i}`;

  it('opens and writes 40 concurrent conversations in a few shared statements, each keeping its own entries', async () => {
    const vault = fresh();
    const ids = Array.from({ length: 40 }, (_, i) => conv(i));
    statements = 0;
    const placeholders = await Promise.all(ids.map((id, i) => vault.update(DEFAULT_TENANT, id, 'owner-a', (m) => [
      m.assign('EMAIL_ADDRESS', `person${i}@corp.example`).entry.placeholder, m.assign('PERSON', `Person ${i}`).entry.placeholder,
    ])));
    expect(placeholders.every(([e, p]) => e === '<EMAIL_ADDRESS_1>' && p === '<PERSON_1>')).toBe(true);
    // One open and one write for the first conversation, then the other 39 queued behind them.
    expect(statements).toBeLessThanOrEqual(4);

    // A new node (empty cache) reads every conversation back with its own values only.
    const other = fresh();
    const maps = await Promise.all(ids.map((id) => other.read(DEFAULT_TENANT, id, 'owner-a')));
    maps.forEach((m, i) => {
      expect(m.valueOf('<EMAIL_ADDRESS_1>')).toBe(`person${i}@corp.example`);
      expect(m.valueOf('<PERSON_1>')).toBe(`Person ${i}`);
      expect(m.size).toBe(2);
    });
  });

  it('refuses a conversation of another owner without failing the others opened with it', async () => {
    const taken = conv(0);
    await fresh().update(DEFAULT_TENANT, taken, 'owner-a', (m) => m.assign('EMAIL_ADDRESS', 'a@corp.example'));
    const vault = fresh();
    const results = await Promise.allSettled([
      vault.read(DEFAULT_TENANT, taken, 'owner-b'),
      vault.read(DEFAULT_TENANT, conv(1), 'owner-b'),
      vault.read(DEFAULT_TENANT, conv(2), 'owner-b'),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
    expect((results[0] as PromiseRejectedResult).reason).toMatchObject({ code: 'forbidden' });
  });

  it('a clash in one conversation fails that write only; the others of the same statement are durable', async () => {
    const ids = [conv(0), conv(1), conv(2)];
    const vault = fresh();
    await Promise.all(ids.map((id) => vault.update(DEFAULT_TENANT, id, 'owner-a', (m) => m.assign('PERSON', 'Fox Mulder'))));
    // Another node numbers a value in ids[1] first, behind this node's cache.
    const v = 'other-node@corp.example';
    await sql`insert into gateway_vault_entries (tenant_id, conversation_id, key_id, placeholder, entity, value_enc)
      values (${DEFAULT_TENANT}, ${ids[1]}, ${keyedId(keys.mac, DEFAULT_TENANT, ids[1]!)(v)}, '<EMAIL_ADDRESS_1>', 'EMAIL_ADDRESS',
        ${seal(keys.enc, v, `${DEFAULT_TENANT}|${ids[1]}|<EMAIL_ADDRESS_1>`)})`.execute(t.app.db);
    const staged = await Promise.all(ids.map((id, i) => vault.stage(DEFAULT_TENANT, id, 'owner-a', (m) => m.assign('EMAIL_ADDRESS', `mine${i}@corp.example`))));
    const settled = await Promise.allSettled(staged.map((s) => s.durable));
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((settled[1] as PromiseRejectedResult).reason).toMatchObject({ code: 'gateway_vault_unavailable' });
    // The retry numbers from the stored state: the other node's value keeps _1, ours gets _2.
    const again = await vault.update(DEFAULT_TENANT, ids[1]!, 'owner-a', (m) => m.assign('EMAIL_ADDRESS', 'mine1@corp.example').entry.placeholder);
    expect(again).toBe('<EMAIL_ADDRESS_2>');
    const stored = await fresh().read(DEFAULT_TENANT, ids[0]!, 'owner-a');
    expect(stored.valueOf('<EMAIL_ADDRESS_1>')).toBe('mine0@corp.example');
  });

  it('a conversation deleted while a request is in flight is stored again with that request\'s entries only', async () => {
    const ids = [conv(0), conv(1)];
    const vault = fresh();
    await Promise.all(ids.map((id) => vault.update(DEFAULT_TENANT, id, 'owner-a', (m) => m.assign('PERSON', 'Fox Mulder'))));
    await sql`delete from gateway_conversations where tenant_id = ${DEFAULT_TENANT} and id = ${ids[0]}`.execute(t.app.db);
    const staged = await Promise.all(ids.map((id) => vault.stage(DEFAULT_TENANT, id, 'owner-a', (m) => m.assign('PERSON', 'Dana Scully').entry.placeholder)));
    expect(staged.map((s) => s.result)).toEqual(['<PERSON_2>', '<PERSON_2>']);
    await Promise.all(staged.map((s) => s.durable));
    const [gone, kept] = await Promise.all(ids.map((id) => fresh().read(DEFAULT_TENANT, id, 'owner-a')));
    expect([gone!.valueOf('<PERSON_1>'), gone!.valueOf('<PERSON_2>')]).toEqual([undefined, 'Dana Scully']);
    expect([kept!.valueOf('<PERSON_1>'), kept!.valueOf('<PERSON_2>')]).toEqual(['Fox Mulder', 'Dana Scully']);
  });

  it('claims a new conversation with its first entries only: a prompt without any leaves nothing stored', async () => {
    const id = conv(0);
    const vault = fresh();
    statements = 0;
    await vault.update(DEFAULT_TENANT, id, 'owner-a', () => undefined);
    expect(statements).toBe(1); // the load; nothing to write
    // Nobody owns it yet, so another user may start it; from then on it is theirs.
    await fresh().update(DEFAULT_TENANT, id, 'owner-b', (m) => m.assign('PERSON', 'Walter Skinner'));
    await expect(fresh().read(DEFAULT_TENANT, id, 'owner-a')).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('a claim lost to another owner between load and write releases nothing (503), and the retry is refused', async () => {
    const id = conv(0);
    const vault = fresh();
    await vault.read(DEFAULT_TENANT, id, 'owner-a');
    await fresh().update(DEFAULT_TENANT, id, 'owner-b', (m) => m.assign('PERSON', 'Walter Skinner'));
    const staged = await vault.stage(DEFAULT_TENANT, id, 'owner-a', (m) => m.assign('PERSON', 'Fox Mulder'));
    await expect(staged.durable).rejects.toMatchObject({ code: 'gateway_vault_unavailable' });
    await expect(vault.read(DEFAULT_TENANT, id, 'owner-a')).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('a hand-off conversation keeps its model tier for every node, and cannot be claimed twice', async () => {
    const id = conv(0);
    await fresh().claim(DEFAULT_TENANT, id, 'owner-a', 'frontier');
    expect(await fresh().prefetch(DEFAULT_TENANT, id, 'owner-a')).toEqual({ modelTier: 'frontier' });
    expect(await fresh().prefetch(DEFAULT_TENANT, conv(1), 'owner-a')).toEqual({ modelTier: undefined });
    await expect(fresh().claim(DEFAULT_TENANT, id, 'owner-b', 'worker')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(fresh().prefetch(DEFAULT_TENANT, id, 'owner-b')).rejects.toMatchObject({ code: 'forbidden' });
  });
});
