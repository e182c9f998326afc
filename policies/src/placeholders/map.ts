import type { EntityType } from '../detectors/types';
import { formatPlaceholder } from './syntax';

/** One issued placeholder. `key` is the caller's keyed id of the value (never the value itself). */
export interface PlaceholderEntry {
  placeholder: string;
  entity: EntityType;
  key: string;
  value: string;
}

/**
 * Keyed id of a value. The collector passes an HMAC keyed per tenant+conversation, so equal values
 * meet the same entry while the id reveals nothing without the key. Entity is not part of the key:
 * a value two detectors type differently must still get ONE placeholder (the first one issued).
 */
export type KeyOf = (value: string) => string;

/**
 * The reverse map of one conversation: issues `<ENTITY_N>` numbered per entity in order of first
 * sight, and answers placeholder → value for restore. Pure state; the collector persists entries
 * (encrypted) and rebuilds the map with `new PlaceholderMap(keyOf, entries)`.
 */
export class PlaceholderMap {
  private readonly byKey = new Map<string, PlaceholderEntry>();
  private readonly byPlaceholder = new Map<string, PlaceholderEntry>();
  private readonly counters = new Map<EntityType, number>();

  constructor(
    private readonly keyOf: KeyOf,
    entries: Iterable<PlaceholderEntry> = [],
  ) {
    for (const e of entries) this.remember(e);
  }

  get size(): number {
    return this.byPlaceholder.size;
  }

  entries(): PlaceholderEntry[] {
    return [...this.byPlaceholder.values()];
  }

  valueOf(placeholder: string): string | undefined {
    return this.byPlaceholder.get(placeholder)?.value;
  }

  /** Existing entry for the value, or a new one with the next number for its entity. */
  assign(entity: EntityType, value: string): { entry: PlaceholderEntry; isNew: boolean } {
    const key = this.keyOf(value);
    const found = this.byKey.get(key);
    if (found) return { entry: found, isNew: false };
    let n = (this.counters.get(entity) ?? 0) + 1;
    // A restored vault may have gaps or foreign numbering; never reuse an issued placeholder.
    while (this.byPlaceholder.has(formatPlaceholder(entity, n))) n++;
    const entry: PlaceholderEntry = { placeholder: formatPlaceholder(entity, n), entity, key, value };
    this.remember(entry);
    return { entry, isNew: true };
  }

  private remember(e: PlaceholderEntry): void {
    this.byKey.set(e.key, e);
    this.byPlaceholder.set(e.placeholder, e);
    const n = Number(/_(\d+)>$/.exec(e.placeholder)?.[1] ?? 0);
    if (n > (this.counters.get(e.entity) ?? 0)) this.counters.set(e.entity, n);
  }
}
