// The placeholder vault: one reverse map per (tenant, conversation), encrypted at rest, cached
// decrypted in memory for a short while so a streaming turn does not decrypt per chunk. Loading is
// read-only; a new conversation is claimed for its owner together with its first entries, and new
// entries are written while the scrubbed request is already on its way upstream (stage()). The
// caller releases no answer before they are durable: a client never holds placeholders the vault
// could lose, and the write costs the request nothing when the model is slower than the database.
import type { EntityType, ModelTier, PlaceholderEntry } from '@protocol-zero/policies';
import { PlaceholderMap } from '@protocol-zero/policies';
import type postgres from 'postgres';
import type { Db } from '../db/database';
import {
  claimConversation, type ConversationKey, type ConversationWrite, conversationOwner, deleteConversation, loadConversations, purgeExpired, type StoredConversation,
  type WriteOutcome, writeConversations,
} from '../db/repositories/gateway-vault';
import { AppError } from '../errors';
import { keyedId, open, sealMany, type VaultKeys } from './crypto';
import { GroupCommit } from './group-commit';

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
  /** Stored under `owner`; false while nothing has been written (nobody owns it yet). */
  claimed: boolean;
  modelTier: ModelTier | undefined;
  map: PlaceholderMap;
  persisted: number;
  loadedAt: number;
  touchedAt: number;
}

/** A scrub whose new vault entries are being written; `durable` settles when they are (or failed). */
export interface Staged<T> {
  result: T;
  durable: Promise<void>;
}

const aad = (tenantId: string, conversationId: string, placeholder: string) => `${tenantId}|${conversationId}|${placeholder}`;

/** Another node stored a different entry under one of this write's placeholders or values first. */
class VaultClash extends Error {
  override name = 'VaultClash';
}

/** Someone else claimed the conversation between this node's load and its first write. */
class VaultClaimLost extends Error {
  override name = 'VaultClaimLost';
}

/** The sliding TTL is pushed at most this often per conversation (with the next write). */
const TOUCH_MS = 60_000;

export class Vault {
  private readonly cache = new Map<string, Cached>();
  private readonly locks = new Map<string, Promise<unknown>>();
  // Concurrent requests of different conversations share statements: one to load theirs, one to
  // claim them and write their new entries. Each still waits for its own statement's answer.
  private readonly loads: GroupCommit<ConversationKey, StoredConversation>;
  private readonly writes: GroupCommit<ConversationWrite, WriteOutcome>;

  constructor(
    private readonly db: Db,
    private readonly keys: VaultKeys,
    private readonly opts: VaultOptions,
    pg?: postgres.Sql,
  ) {
    // Over a network, a lone request's statement goes at once (batches form while one is in
    // flight); embedded PGlite answers within the same turn, so its batches gather for one turn.
    const flush = pg ? 'now' : 'next-turn';
    this.loads = new GroupCommit((keys) => loadConversations(db, keys, pg), { flush });
    this.writes = new GroupCommit((writes) => writeConversations(db, writes, pg), { flush });
  }

  /**
   * Runs `fn` with the conversation's map under a per-conversation lock and starts persisting what
   * `fn` added; resolves as soon as `fn` is done. The lock is held until the write settles, so the
   * next turn numbers from a durable state. A conversation belongs to its first owner (else 403).
   * `durable` rejects with gateway_vault_unavailable when the write fails (another node numbered
   * the same placeholder first, or the database is down); the cached map is dropped then.
   */
  stage<T>(tenantId: string, conversationId: string, owner: string, fn: (map: PlaceholderMap) => T): Promise<Staged<T>> {
    const k = `${tenantId}\u0000${conversationId}`;
    return new Promise<Staged<T>>((resolve, reject) => {
      this.locked(k, async () => {
        const c = await this.load(tenantId, conversationId, owner, k);
        const result = fn(c.map);
        const fresh = c.map.entries().slice(c.persisted);
        const now = Date.now();
        // New entries are written (claiming a new conversation); a stored one also has its TTL pushed now and then.
        const write = fresh.length > 0 || (c.claimed && now - c.touchedAt > TOUCH_MS);
        if (!write) return resolve({ result, durable: Promise.resolve() });
        const durable = this.persist(tenantId, conversationId, owner, now, fresh).then(
          () => {
            c.persisted += fresh.length;
            c.claimed = true;
            c.touchedAt = now;
          },
          (err: unknown) => {
            this.cache.delete(k);
            throw new AppError('gateway_vault_unavailable', undefined, { reason: err instanceof Error ? err.name : 'failed' });
          },
        );
        resolve({ result, durable });
        await durable;
      }).catch(reject); // a no-op once resolved: write failures travel through `durable`
    });
  }

  /** stage() and wait until durable; a placeholder clash with another node is redone once from the stored state. */
  async update<T>(tenantId: string, conversationId: string, owner: string, fn: (map: PlaceholderMap) => T): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const s = await this.stage(tenantId, conversationId, owner, fn);
      try {
        await s.durable;
        return s.result;
      } catch (err) {
        if (attempt >= 1) throw err;
      }
    }
  }

  /**
   * Loads (and ownership-checks) the conversation ahead of stage(), so its query overlaps other
   * work; answers the model tier a redirect rule named for it, if any.
   */
  async prefetch(tenantId: string, conversationId: string, owner: string): Promise<{ modelTier: ModelTier | undefined }> {
    const k = `${tenantId}\u0000${conversationId}`;
    const c = await this.locked(k, () => this.load(tenantId, conversationId, owner, k));
    return { modelTier: c.modelTier };
  }

  /** Starts a hand-off conversation for its owner, with the model tier its redirect rule names. */
  async claim(tenantId: string, conversationId: string, owner: string, modelTier: ModelTier | undefined): Promise<void> {
    const created = await claimConversation(this.db, { tenantId, conversationId, owner, expiresAt: new Date(Date.now() + this.opts.ttlMs), modelTier: modelTier ?? null });
    if (!created) throw new AppError('forbidden', 'this conversation already exists');
    this.cache.delete(`${tenantId}\u0000${conversationId}`);
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
    // An unclaimed cached map is nobody's yet: another caller reloads rather than sharing it.
    if (hit && now - hit.loadedAt < (this.opts.cacheMs ?? 60_000) && (hit.claimed || hit.owner === owner)) {
      if (hit.owner !== owner) throw new AppError('forbidden', 'this conversation belongs to someone else');
      this.cache.delete(k);
      this.cache.set(k, hit); // LRU order
      return hit;
    }
    const stored = await this.loads.submit({ tenantId, conversationId });
    if (stored.owner !== null && stored.owner !== owner) throw new AppError('forbidden', 'this conversation belongs to someone else');
    const entries: PlaceholderEntry[] = stored.rows.map((r) => ({
      key: r.keyId, placeholder: r.placeholder, entity: r.entity as EntityType, value: open(this.keys.enc, r.valueEnc, aad(tenantId, conversationId, r.placeholder)),
    }));
    // When its expiry was last pushed: the next write pushes it again once that is over a minute ago.
    const touchedAt = stored.expiresAt ? stored.expiresAt.getTime() - this.opts.ttlMs : now;
    const c: Cached = { owner, claimed: stored.owner !== null, modelTier: stored.modelTier ?? undefined, map: new PlaceholderMap(keyedId(this.keys.mac, tenantId, conversationId), entries), persisted: entries.length, loadedAt: now, touchedAt };
    this.cache.set(k, c);
    const max = this.opts.cacheSize ?? 5000;
    if (this.cache.size > max) this.cache.delete(this.cache.keys().next().value!);
    return c;
  }

  /**
   * Seals and inserts (with other conversations' new entries, when several are being written).
   * Deferred to the next turn of the event loop so the caller's upstream request is dispatched
   * before the encryption and the insert take the CPU.
   */
  private async persist(tenantId: string, conversationId: string, owner: string, now: number, fresh: readonly PlaceholderEntry[]): Promise<void> {
    await new Promise((r) => setImmediate(r));
    const sealed = sealMany(this.keys.enc, fresh.map((e) => ({ plaintext: e.value, aad: aad(tenantId, conversationId, e.placeholder) })));
    const rows = fresh.map((e, i) => ({ keyId: e.key, placeholder: e.placeholder, entity: e.entity, valueEnc: sealed[i]! }));
    const out = await this.writes.submit({ tenantId, conversationId, owner, expiresAt: new Date(now + this.opts.ttlMs), rows });
    if (!out.claimed) throw new VaultClaimLost('the conversation was claimed by another owner first');
    if (!out.stored) throw new VaultClash('a placeholder or value of this write is already stored');
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
