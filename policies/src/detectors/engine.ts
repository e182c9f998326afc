import type { Candidate, Detector, Finding } from './types';

export const CONTEXT_WINDOW = 64; // chars either side searched for context words
export const CONTEXT_BOOST = 0.35; // Presidio's default context enhancement

/**
 * Runs one detector over text: keyword pre-filter, patterns (or the custom finder), validator,
 * context boost. A context word counts when it lies wholly within CONTEXT_WINDOW chars of the match.
 * Each match looks at its own window (~150 chars per word); only when matches are so dense that
 * those windows would cover more than the whole text are the word positions indexed once (a full
 * sweep per word). Either way the cost stays linear and the answer is the same.
 * With `minScore`, matches that could not reach it even with context are dropped before any work.
 */
export function runDetector(d: Detector, text: string, lower = text.toLowerCase(), minScore = 0, keywordsChecked = false): Finding[] {
  if (!keywordsChecked && d.keywords && !d.keywords.some((k) => lower.includes(k))) return [];
  // Made at the first candidate: most detectors find nothing, and then allocate next to nothing.
  let run: Run | undefined;
  for (const p of d.patterns) {
    if (p.gate && !p.gate(text)) continue;
    p.regex.lastIndex = 0;
    for (const m of p.matches ? p.matches(text) : allMatches(text, p.regex)) {
      const group = m.indices?.[1];
      const start = group ? group[0] : m.index!;
      const end = group ? group[1] : m.index! + m[0].length;
      if (end > start) (run ??= new Run(d, text, lower, minScore)).emit(start, end, p.score, p.contextScore);
    }
  }
  if (d.find) for (const c of d.find(text, lower)) (run ??= new Run(d, text, lower, minScore)).emit(c.start, c.end, c.score, c.contextScore);
  return run ? run.out : [];
}

class Run {
  readonly out: Finding[] = [];
  private ctx: ContextIndex | undefined;
  private directChecks: number;
  private readonly hasContext: boolean;

  constructor(
    private readonly d: Detector,
    private readonly text: string,
    private readonly lower: string,
    private readonly minScore: number,
  ) {
    this.directChecks = Math.ceil(lower.length / (2 * CONTEXT_WINDOW + 16));
    this.hasContext = !!d.context && d.context.length > 0;
  }

  emit(start: number, end: number, base: number, contextScore: number | undefined): void {
    const { d, hasContext, minScore } = this;
    let score = base;
    const best = hasContext ? Math.max(score + CONTEXT_BOOST, contextScore ?? 0) : score;
    if (best < minScore && !d.validate) return; // cannot reach the bar even with context
    if (d.validate) {
      const v = d.validate(this.text.slice(start, end));
      if (v === false) return;
      if (typeof v === 'number') score = v;
      if ((hasContext ? Math.max(score + CONTEXT_BOOST, contextScore ?? 0) : score) < minScore) return;
    }
    if (hasContext) {
      let near: boolean;
      if (this.directChecks-- > 0) near = hasContextNear(this.lower, start, end, d.context!);
      else near = (this.ctx ??= new ContextIndex(this.lower, d.context!)).near(start, end);
      if (near) score = Math.min(1, Math.max(score + CONTEXT_BOOST, contextScore ?? 0));
    }
    if (d.minScoreWithoutContext !== undefined && score < d.minScoreWithoutContext) return;
    this.out.push({ entity: d.entity, start, end, score: round(score), detector: d.id });
  }
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * What text.matchAll(re) gives, without its per-call copy of the regex and iterator: ~1 KB per
 * pattern, dozens of patterns per call, and young-generation GC pauses are what the p99 is made of.
 * Advances past an empty match as matchAll does (by a code point under the u or v flag).
 */
function allMatches(text: string, re: RegExp): readonly RegExpExecArray[] {
  re.lastIndex = 0;
  let m = re.exec(text);
  if (m === null) return NO_MATCHES;
  const out: RegExpExecArray[] = [];
  for (; m !== null; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'));
  }
  return out;
}
const NO_MATCHES: readonly RegExpExecArray[] = [];

function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
}

// A context word must start a word ('age' is not in 'page', 'tel' not in 'hotel'); it may be a
// prefix ('diagnos' finds 'diagnosis').
const startsWord = (lower: string, i: number) => i === 0 || !/[\p{L}\p{N}]/u.test(lower[i - 1]!);

/** Sorted occurrences of any context word; answers "is one wholly within the window?" by binary search. */
export class ContextIndex {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  constructor(lower: string, words: readonly string[]) {
    const all: [number, number][] = [];
    for (const w of words) for (let i = lower.indexOf(w); i !== -1; i = lower.indexOf(w, i + 1)) if (startsWord(lower, i)) all.push([i, i + w.length]);
    all.sort((a, b) => a[0] - b[0]);
    for (const [s, e] of all) {
      this.starts.push(s);
      this.ends.push(e);
    }
  }
  near(start: number, end: number, window = CONTEXT_WINDOW): boolean {
    const lo = Math.max(0, start - window);
    const hi = end + window;
    const p = this.starts;
    let a = 0;
    let b = p.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (p[mid]! < lo) a = mid + 1;
      else b = mid;
    }
    for (let i = a; i < p.length && p[i]! < hi; i++) if (this.ends[i]! <= hi) return true;
    return false;
  }
}

/** Whether a context word starts a word wholly within `window` chars of the span. */
export function hasContextNear(lower: string, start: number, end: number, words: readonly string[], window = CONTEXT_WINDOW): boolean {
  const lo = Math.max(0, start - window);
  const slice = lower.slice(lo, Math.min(lower.length, end + window)); // bounded: never search the whole text
  for (const w of words) for (let j = slice.indexOf(w); j !== -1; j = slice.indexOf(w, j + 1)) if (startsWord(lower, lo + j)) return true;
  return false;
}

/**
 * Deterministic overlap resolution: higher score wins, then longer span, then earlier start,
 * then detector id — so the same text always yields the same findings in every runtime.
 * Linear in the total span length: an occupancy map answers "is any char already taken?".
 */
export function resolveOverlaps(findings: Finding[]): Finding[] {
  if (findings.length < 2) return [...findings];
  const ranked = [...findings].sort(
    (a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start || (a.detector < b.detector ? -1 : a.detector > b.detector ? 1 : 0),
  );
  let maxEnd = 0;
  for (const f of findings) if (f.end > maxEnd) maxEnd = f.end;
  const taken = new Uint8Array(maxEnd);
  const kept: Finding[] = [];
  outer: for (const f of ranked) {
    for (let i = f.start; i < f.end; i++) if (taken[i]) continue outer;
    taken.fill(1, f.start, f.end);
    kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

export type { Candidate };
