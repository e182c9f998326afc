import { isPlaceholderPrefix, PLACEHOLDER_RE } from './syntax';

/** placeholder → original value, or undefined when the placeholder was never issued. */
export type Lookup = (placeholder: string) => string | undefined;
/** How a restored value is written into its context: identity for text, JSON-string escaping for partial JSON. */
export type Escape = (value: string) => string;

export const jsonStringEscape: Escape = (v) => JSON.stringify(v).slice(1, -1);

export interface RestoreStats {
  restored: number;
  /** Placeholders the model produced that were never issued: left visible, reported here. */
  invented: string[];
}

export function restoreText(text: string, lookup: Lookup, escape: Escape = (v) => v): RestoreStats & { text: string } {
  const stats: RestoreStats = { restored: 0, invented: [] };
  const out = restoreInto(text, lookup, escape, stats);
  return { text: out, ...stats };
}

function restoreInto(text: string, lookup: Lookup, escape: Escape, stats: RestoreStats): string {
  if (!text.includes('<')) return text;
  return text.replace(PLACEHOLDER_RE, (ph) => {
    const v = lookup(ph);
    if (v === undefined) {
      if (!stats.invented.includes(ph)) stats.invented.push(ph);
      return ph;
    }
    stats.restored++;
    return escape(v);
  });
}

/** Restores every string (and object key) inside a parsed JSON value, e.g. a tool_use input. */
export function restoreDeep(value: unknown, lookup: Lookup, stats: RestoreStats = { restored: 0, invented: [] }): unknown {
  if (typeof value === 'string') return restoreInto(value, lookup, (v) => v, stats);
  if (Array.isArray(value)) return value.map((v) => restoreDeep(v, lookup, stats));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[restoreInto(k, lookup, (x) => x, stats)] = restoreDeep(v, lookup, stats);
    return out;
  }
  return value;
}

/**
 * Streaming restore: feed chunks as they arrive, get back text that is safe to show now. A tail that
 * could still become a placeholder (`<PER`, `<PERSON_1`) is held back until the next chunk decides
 * it; everything before it is released immediately, so latency is at most one placeholder long.
 * Only the LAST `<` can start a pending placeholder: the grammar allows no `<` after the first char.
 */
export class StreamRestorer implements RestoreStats {
  restored = 0;
  invented: string[] = [];
  private held = '';

  constructor(
    private readonly lookup: Lookup,
    private readonly escape: Escape = (v) => v,
  ) {}

  push(chunk: string): string {
    const buf = this.held + chunk;
    const lt = buf.lastIndexOf('<');
    let ready = buf;
    this.held = '';
    if (lt !== -1 && isPlaceholderPrefix(buf.slice(lt))) {
      ready = buf.slice(0, lt);
      this.held = buf.slice(lt);
    }
    return restoreInto(ready, this.lookup, this.escape, this);
  }

  /** End of stream: whatever is held was not a placeholder after all. */
  end(): string {
    const rest = this.held;
    this.held = '';
    return rest;
  }
}
