// Token-level precision/recall, the measure presidio-research's evaluator reports (and the one its
// published PERSON 0.70 P / 0.84 R figures use): every word or punctuation token carries the label of
// the span covering it; a predicted token counts when its label matches the gold token's.

export interface LabelledSpan { label: string; start: number; end: number }
export interface EntityCounts { tp: number; fp: number; fn: number }
export interface EntityScore extends EntityCounts { precision: number; recall: number; f1: number }

const TOKEN = /[\p{L}\p{N}\p{M}]+|[^\s\p{L}\p{N}\p{M}]/gu;

function labelAt(spans: readonly LabelledSpan[], start: number, end: number): string | null {
  for (const s of spans) if (start < s.end && s.start < end) return s.label;
  return null;
}

/** Adds one sample's counts per label into `acc`. */
export function countTokens(text: string, gold: readonly LabelledSpan[], predicted: readonly LabelledSpan[], acc: Map<string, EntityCounts>): void {
  const bump = (label: string, key: keyof EntityCounts) => {
    const c = acc.get(label) ?? { tp: 0, fp: 0, fn: 0 };
    c[key]++;
    acc.set(label, c);
  };
  for (const m of text.matchAll(TOKEN)) {
    const s = m.index;
    const e = s + m[0].length;
    const g = labelAt(gold, s, e);
    const p = labelAt(predicted, s, e);
    if (g && p === g) bump(g, 'tp');
    else {
      if (g) bump(g, 'fn');
      if (p) bump(p, 'fp');
    }
  }
}

export function scoreCounts(c: EntityCounts): EntityScore {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}
