import type { DataClass } from './types';

// One walk over the lower-cased words finds every class keyword at once; each class then scores
// from the distinct keywords it saw. Keywords are generic vocabulary
// ("privileged", "ebitda"), so naming them in evidence reveals nothing of the content.
export type KeywordClass = Extract<DataClass, 'legal' | 'financial' | 'health' | 'hr'>;

/** keyword → weight: 1 for ordinary words, 2 for words that alone nearly decide the class. */
export type KeywordTable = Readonly<Record<string, number>>;

export interface KeywordHits {
  /** distinct keywords seen per class, with their weights */
  byClass: Record<KeywordClass, Map<string, number>>;
}

// Word characters of lower-cased text: a-z, 0-9, & ' ’ - and Latin-1 / Latin Extended letters,
// so 'p&l', "d'affaires" and 'attorney-client' stay whole.
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 38 || c === 39 || c === 45 || c === 0x2019 || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}
const isLetterOrDigit = (c: number) => isWordCode(c) && c !== 38 && c !== 39 && c !== 45 && c !== 0x2019;

const HASH_BITS = 14;
function hashOf(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> (32 - HASH_BITS);
}

/**
 * One walk over the characters (no regex, no per-word allocation beyond a slice for plausible
 * lengths); phrases are indexed by their first word and the rest is compared with startsWith.
 */
export function buildKeywordScanner(tables: Record<KeywordClass, KeywordTable>): (lower: string) => KeywordHits {
  const byFirst = new Map<string, { rest: string; key: string; owners: [KeywordClass, number][] }[]>();
  for (const [cls, table] of Object.entries(tables) as [KeywordClass, KeywordTable][]) {
    for (const [k, w] of Object.entries(table)) {
      const space = k.indexOf(' ');
      const first = space === -1 ? k : k.slice(0, space);
      const list = byFirst.get(first) ?? [];
      const existing = list.find((p) => p.key === k);
      if (existing) existing.owners.push([cls, w]);
      else list.push({ rest: space === -1 ? '' : k.slice(space), key: k, owners: [[cls, w]] });
      byFirst.set(first, list);
    }
  }
  let maxLen = 0;
  for (const k of byFirst.keys()) maxLen = Math.max(maxLen, k.length);
  // A hash of each first word marks a slot, so only words landing on a marked slot are sliced
  // and looked up: most prose words end at one table read.
  const slots = new Uint8Array(1 << HASH_BITS);
  for (const k of byFirst.keys()) slots[hashOf(k, 0, k.length)] = 1;
  return (lower) => {
    const byClass = { legal: new Map(), financial: new Map(), health: new Map(), hr: new Map() } as KeywordHits['byClass'];
    const n = lower.length;
    let i = 0;
    while (i < n) {
      while (i < n && !isWordCode(lower.charCodeAt(i))) i++;
      const start = i;
      while (i < n && isWordCode(lower.charCodeAt(i))) i++;
      let end = i;
      while (end > start + 1 && !isLetterOrDigit(lower.charCodeAt(end - 1))) end--; // "privileged-" → "privileged"
      if (end - start < 2 || end - start > maxLen || slots[hashOf(lower, start, end)] === 0) continue;
      const phrases = byFirst.get(lower.slice(start, end));
      if (!phrases) continue;
      for (const p of phrases) {
        if (p.rest && !(lower.startsWith(p.rest, end) && !isLetterOrDigit(lower.charCodeAt(end + p.rest.length)))) continue;
        for (const [cls, weight] of p.owners) byClass[cls].set(p.key, weight);
      }
    }
    return { byClass };
  };
}

/** Score from distinct keyword weight: 2 ordinary keywords ≈ 0.35, 4 ≈ 0.6, 6+ → ≥ 0.85. */
export function keywordScore(hits: Map<string, number>): number {
  let weight = 0;
  for (const w of hits.values()) weight += w;
  return Math.min(1, Math.round((1 - Math.exp(-weight / 4.5)) * 1.15 * 100) / 100);
}

export const keywordEvidence = (hits: Map<string, number>, max = 5): string[] =>
  [...hits.keys()].sort().slice(0, max).map((k) => `keyword:${k}`);
