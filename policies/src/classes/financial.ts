import type { ClassInput } from './input';
import { keywordEvidence, keywordScore, type KeywordTable } from './keywords';
import type { DataClassResult } from './types';

// Statements, forecasts, material non-public information and M&A. Weight 2: words that on their
// own mark market-moving or deal information.
export const FINANCIAL_KEYWORDS: KeywordTable = {
  mnpi: 2, 'material non-public': 2, 'material nonpublic': 2, 'insider information': 2, 'quiet period': 2, 'due diligence': 2,
  'letter of intent': 2, 'merger agreement': 2, 'acquisition target': 2, 'pre-announcement': 2, 'earnings release': 2,
  revenue: 1, ebitda: 1, ebit: 1, forecast: 1, guidance: 1, earnings: 1, 'balance sheet': 1, 'income statement': 1, 'cash flow': 1,
  'p&l': 1, 'profit and loss': 1, 'gross margin': 1, 'operating margin': 1, acquisition: 1, merger: 1, 'm&a': 1, valuation: 1,
  'term sheet': 1, ipo: 1, dividend: 1, 'fiscal year': 1, quarterly: 1, budget: 1, 'board meeting': 1, shareholders: 1,
  'net income': 1, 'accounts receivable': 1, 'accounts payable': 1, arr: 1, mrr: 1, 'burn rate': 1, runway: 1, 'cap table': 1,
  umsatz: 1, bilanz: 1, prognose: 1, übernahme: 1, "chiffre d'affaires": 1, bilan: 1, prévisions: 1, fusion: 1,
  ingresos: 1, balance: 1, pronóstico: 1, adquisición: 1, fusión: 1,
};

/** Financial: statements, forecasts, MNPI, M&A — from distinct finance terms. */
export function scoreFinancial(input: ClassInput): DataClassResult | null {
  const hits = input.keywords.byClass.financial;
  const score = keywordScore(hits);
  const evidence = keywordEvidence(hits);
  if (score <= 0) return null;
  // Weight-2 terms mark the content that matters most (mnpi); severity reads this detail.
  const strong = [...hits.values()].some((w) => w >= 2);
  return { class: 'financial', score, evidence, ...(strong ? { detail: 'mnpi' } : {}) };
}
