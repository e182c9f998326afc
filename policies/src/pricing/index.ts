// Model price table for gateway budgets and audit cost. USD per million tokens (MTok), list price,
// no batch/caching discounts. Every row says where the number came from and when it was read, so a
// reviewer can re-check it; update the table, never the arithmetic.

export interface ModelPrice {
  /** Model id prefix: dated snapshots ('claude-sonnet-4-5-20250929') match their alias row. */
  model: string;
  inputPerMTok: number;
  outputPerMTok: number;
  source: string;
  /** Day the source was read (YYYY-MM-DD). */
  asOf: string;
}

const ANTHROPIC_MODELS = 'https://platform.claude.com/docs/about-claude/models/overview';
const ANTHROPIC_PRICING = 'https://platform.claude.com/docs/about-claude/pricing';
const READ = '2026-11-21';

export const MODEL_PRICES: readonly ModelPrice[] = [
  { model: 'claude-fable-5-1', inputPerMTok: 10, outputPerMTok: 50, source: ANTHROPIC_MODELS, asOf: READ },
  { model: 'claude-opus-5-5', inputPerMTok: 4, outputPerMTok: 20, source: ANTHROPIC_MODELS, asOf: READ },
  { model: 'claude-opus-5', inputPerMTok: 5, outputPerMTok: 25, source: 'https://platform.claude.com/docs/about-claude/models/whats-new-opus-5', asOf: READ },
  { model: 'claude-sonnet-5-5', inputPerMTok: 2, outputPerMTok: 10, source: ANTHROPIC_MODELS, asOf: READ },
  { model: 'claude-sonnet-5', inputPerMTok: 2, outputPerMTok: 10, source: ANTHROPIC_MODELS, asOf: READ },
  // "From $0.10 / $0.50": the lowest published rate; budgets stay approximate for this row.
  { model: 'claude-haiku-5-5', inputPerMTok: 0.1, outputPerMTok: 0.5, source: ANTHROPIC_MODELS, asOf: READ },
  { model: 'claude-haiku-4-5', inputPerMTok: 1, outputPerMTok: 5, source: ANTHROPIC_MODELS, asOf: READ },
  { model: 'claude-sonnet-4-5', inputPerMTok: 3, outputPerMTok: 15, source: ANTHROPIC_PRICING, asOf: READ },
  { model: 'claude-sonnet-4', inputPerMTok: 3, outputPerMTok: 15, source: ANTHROPIC_PRICING, asOf: READ },
  { model: 'claude-opus-4-1', inputPerMTok: 15, outputPerMTok: 75, source: ANTHROPIC_PRICING, asOf: READ },
  { model: 'claude-opus-4', inputPerMTok: 15, outputPerMTok: 75, source: ANTHROPIC_PRICING, asOf: READ },
  { model: 'claude-3-5-haiku', inputPerMTok: 0.8, outputPerMTok: 4, source: ANTHROPIC_PRICING, asOf: READ },
  { model: 'claude-3-haiku', inputPerMTok: 0.25, outputPerMTok: 1.25, source: ANTHROPIC_PRICING, asOf: READ },
];

/** Self-hosted models (the OpenAI-compatible provider) cost nothing per token. */
export const LOCAL_PRICE: ModelPrice = { model: 'local', inputPerMTok: 0, outputPerMTok: 0, source: 'self-hosted', asOf: READ };

/**
 * Price for a model id: longest matching prefix wins ('claude-opus-4-1-2025…' → 'claude-opus-4-1',
 * not 'claude-opus-4'). Unknown models get the most expensive row so budgets err on the safe side;
 * `known: false` lets audit say so.
 */
export function priceOf(model: string): ModelPrice & { known: boolean } {
  let best: ModelPrice | undefined;
  for (const p of MODEL_PRICES) {
    const boundary = model.length === p.model.length || model[p.model.length] === '-';
    if (model.startsWith(p.model) && boundary && (!best || p.model.length > best.model.length)) best = p;
  }
  if (best) return { ...best, known: true };
  const dearest = MODEL_PRICES.reduce((a, b) => (b.outputPerMTok > a.outputPerMTok ? b : a));
  return { ...dearest, model, known: false };
}

/** Dollars for one call. Rounded to micro-dollars so sums stored as integers stay exact. */
export function costUsd(price: Pick<ModelPrice, 'inputPerMTok' | 'outputPerMTok'>, inputTokens: number, outputTokens: number): number {
  return Math.round(inputTokens * price.inputPerMTok + outputTokens * price.outputPerMTok) / 1e6;
}
