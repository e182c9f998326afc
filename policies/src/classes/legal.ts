import type { ClassInput } from './input';
import { keywordEvidence, keywordScore, type KeywordTable } from './keywords';
import type { DataClassResult } from './types';

// Contracts, privilege and litigation, in English plus German, French and Spanish legal terms.
export const LEGAL_KEYWORDS: KeywordTable = {
  'attorney-client': 2, 'privileged and confidential': 2, 'legal privilege': 2, 'work product': 2, 'litigation hold': 2,
  privileged: 1, litigation: 1, lawsuit: 1, plaintiff: 1, defendant: 1, counsel: 1, subpoena: 1, deposition: 1, arbitration: 1,
  settlement: 1, indemnify: 1, indemnification: 1, liability: 1, 'governing law': 1, jurisdiction: 1, whereas: 1, hereby: 1,
  hereinafter: 1, 'non-disclosure': 1, nda: 1, agreement: 1, contract: 1, clause: 1, breach: 1, termination: 1, warranty: 1,
  'intellectual property': 1, licensor: 1, licensee: 1, 'term sheet': 1, court: 1, complaint: 1, injunction: 1, statute: 1,
  vertrag: 1, klausel: 1, haftung: 1, gerichtsstand: 1, klage: 1, contrat: 1, 'clause de': 1, litige: 1, avocat: 1,
  contrato: 1, cláusula: 1, demanda: 1, abogado: 1, litigio: 1,
};

/** Legal: contracts, privilege, litigation — from distinct legal terms. */
export function scoreLegal(input: ClassInput): DataClassResult | null {
  const hits = input.keywords.byClass.legal;
  const score = keywordScore(hits);
  const evidence = keywordEvidence(hits);
  if (score <= 0) return null;
  // Weight-2 terms mark the content that matters most (privileged); severity reads this detail.
  const strong = [...hits.values()].some((w) => w >= 2);
  return { class: 'legal', score, evidence, ...(strong ? { detail: 'privileged' } : {}) };
}
