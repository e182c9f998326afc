// The placeholder vault: one reverse map per (tenant, conversation), encrypted at rest, cached
// decrypted in memory for a short while so a streaming turn does not decrypt per chunk. Writes go
// to the database BEFORE anything is sent upstream: if the process dies mid-answer, the next turn
// can still restore.
import type { EntityType, PlaceholderEntry } from '@protocol-zero/policies';
import { PlaceholderMap } from '@protocol-zero/policies';
import type { Db } from '../db/database';
import { conversationOwner, deleteConversation, insertVaultEntries, loadVaultEntries, purgeExpired, touchConversation } from '../db/repositories/gateway-vault';
import { AppError } from '../errors';
import { keyedId, open, seal, type VaultKeys } from './crypto';

export interface VaultOptions {
  /** Sliding lifetime of a conversation's vault. */
  ttlMs: number;
  /** Conversations kept decrypted in memory (LRU). */
  cacheSize?: number;
  /** How long a cached map is trusted before re-reading (other nodes may have added entries). */
  cacheMs?: number;
}

interface Cached {
  owner: string;
  map: PlaceholderMap;
  persisted: number;
  loadedAt: number;
  touchedAt: number;
}

const aad = (tenantId: string, conversationId: string, placeholder: string) => `${tenantId}|${conversationId}|${placeholder}`;

export class Vault {
  private readonly cache = new Map<string, Cached>();
  private readonly locks = new Map<string, Promise<unknown>>();

  constructor(
    private readonly db: Db,
    private readonly keys: VaultKeys,
    private readonly opts: VaultOptions,
  ) {}

  /**
   * Runs `fn` with the conversation's map under a per-conversation lock, then persists whatever
   * `fn` added. A conversation belongs to its first owner; anyone else gets 403.
   */
  async update<T>(tenantId: string, conversationId: string, owner: string, fn: (map: PlaceholderMap) => T): Promise<T> {
    const k = `${tenantId}\u0000${conversationId}`;
    return this.locked(k, async () => {
      for (let attempt = 0; ; attempt++) {
        const c = await this.load(tenantId, conversationId, owner, k);
        const result = fn(c.map);
        const fresh = c.map.entries().slice(c.persisted);
        try {
          await insertVaultEntries(this.db, tenantId, conversationId, fresh.map((e) => ({
            keyId: e.key, placeholder: e.placeholder, entity: e.entity, valueEnc: seal(this.keys.enc, e.value, aad(tenantId, conversationId, e.placeholder)),
          })));
          c.persisted += fresh.length;
          return result;
        } catch (err) {
          // Another node numbered the same placeholder first: reload its entries and redo the scrub once.
          this.cache.delete(k);
          if (attempt >= 1) throw err;
        }
      }
    });
  }

  /** The map for restoring answers (read-only use). */
  async read(tenantId: string, conversationId: string, owner: string): Promise<PlaceholderMap> {
    const k = `${tenantId}\u0000${conversationId}`;
    return this.locked(k, async () => (await this.load(tenantId, conversationId, owner, k)).map);
  }

  async delete(tenantId: string, conversationId: string, owner: string | null): Promise<boolean> {
    const k = `${tenantId}\u0000${conversationId}`;
    if (owner !== null) {
      const current = await conversationOwner(this.db, tenantId, conversationId);
      if (current === undefined) return false;
      if (current !== owner) throw new AppError('forbidden', 'this conversation belongs to someone else');
    }
    this.cache.delete(k);
    return deleteConversation(this.db, tenantId, conversationId);
  }

  async purge(now = new Date()) {
    for (const [k, c] of this.cache) if (now.getTime() - c.loadedAt > this.opts.ttlMs) this.cache.delete(k);
    return purgeExpired(this.db, now);
  }

  private async load(tenantId: string, conversationId: string, owner: string, k: string): Promise<Cached> {
    const now = Date.now();
    const hit = this.cache.get(k);
    if (hit && now - hit.loadedAt < (this.opts.cacheMs ?? 60_000)) {
      if (hit.owner !== owner) throw new AppError('forbidden', 'this conversation belongs to someone else');
      // The TTL slides on use, but at most one write a minute per conversation.
      if (now - hit.touchedAt > 60_000) {
        await this.touch(tenantId, conversationId, owner, now);
        hit.touchedAt = now;
      }
      this.cache.delete(k);
      this.cache.set(k, hit); // LRU order
      return hit;
    }
    await this.touch(tenantId, conversationId, owner, now);
    const rows = await loadVaultEntries(this.db, tenantId, conversationId);
    const entries: PlaceholderEntry[] = rows.map((r) => ({
      key: r.keyId, placeholder: r.placeholder, entity: r.entity as EntityType, value: open(this.keys.enc, r.valueEnc, aad(tenantId, conversationId, r.placeholder)),
    }));
    const c: Cached = { owner, map: new PlaceholderMap(keyedId(this.keys.mac, tenantId, conversationId), entries), persisted: entries.length, loadedAt: now, touchedAt: now };
    this.cache.set(k, c);
    const max = this.opts.cacheSize ?? 5000;
    if (this.cache.size > max) this.cache.delete(this.cache.keys().next().value!);
    return c;
  }

  private async touch(tenantId: string, conversationId: string, owner: string, now: number): Promise<void> {
    const mine = await touchConversation(this.db, tenantId, conversationId, owner, new Date(now + this.opts.ttlMs));
    if (!mine) throw new AppError('forbidden', 'this conversation belongs to someone else');
  }

  private async locked<T>(k: string, fn: () => Promise<T>): Promise<T> {
    const prev = this.locks.get(k) ?? Promise.resolve();
    const run = prev.then(fn, fn);
    const tail = run.catch(() => undefined);
    this.locks.set(k, tail);
    try {
      return await run;
    } finally {
      if (this.locks.get(k) === tail) this.locks.delete(k);
    }
  }
}
