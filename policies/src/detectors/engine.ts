import type { Detector, Finding } from './types';

const CONTEXT_WINDOW = 64; // chars either side searched for context words
const CONTEXT_BOOST = 0.35;

/** Runs one detector over text: keyword pre-filter, patterns, validator, context boost. */
export function runDetector(d: Detector, text: string, lower = text.toLowerCase()): Finding[] {
  if (d.keywords && !d.keywords.some((k) => lower.includes(k))) return [];
  const out: Finding[] = [];
  for (const p of d.patterns) {
    p.regex.lastIndex = 0;
    for (const m of text.matchAll(p.regex)) {
      const value = m[0];
      const start = m.index;
      let score = p.score;
      if (d.validate) {
        const v = d.validate(value);
        if (v === false) continue;
        if (typeof v === 'number') score = v;
      }
      if (d.context && hasContext(lower, start, start + value.length, d.context)) score = Math.min(1, score + CONTEXT_BOOST);
      if (d.minScoreWithoutContext !== undefined && score < d.minScoreWithoutContext) continue;
      out.push({ entity: d.entity, start, end: start + value.length, score, detector: d.id });
    }
  }
  return out;
}

function hasContext(lower: string, start: number, end: number, words: readonly string[]): boolean {
  const window = lower.slice(Math.max(0, start - CONTEXT_WINDOW), Math.min(lower.length, end + CONTEXT_WINDOW));
  return words.some((w) => window.includes(w));
}

/**
 * Deterministic overlap resolution: higher score wins, then longer span, then earlier start,
 * then detector id — so the same text always yields the same findings in every runtime.
 */
export function resolveOverlaps(findings: Finding[]): Finding[] {
  const ranked = [...findings].sort(
    (a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start || a.detector.localeCompare(b.detector),
  );
  const kept: Finding[] = [];
  for (const f of ranked) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
