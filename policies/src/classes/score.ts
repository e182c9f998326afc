import type { Finding } from '../detectors/types';
import { scoreCredentials } from './credentials';
import { scoreCustomerRecords } from './customer-records';
import { FINANCIAL_KEYWORDS, scoreFinancial } from './financial';
import { HEALTH_KEYWORDS, scoreHealth } from './health';
import { HR_KEYWORDS, scoreHr } from './hr';
import { countEntities, type ClassInput } from './input';
import { buildKeywordScanner } from './keywords';
import { LEGAL_KEYWORDS, scoreLegal } from './legal';
import { scorePii } from './pii';
import { CLASS_THRESHOLD } from './severity';
import { scoreSourceCode } from './source-code';
import type { DataClass, DataClassResult } from './types';

export { severityOf } from './severity';

const scanKeywords = buildKeywordScanner({ legal: LEGAL_KEYWORDS, financial: FINANCIAL_KEYWORDS, health: HEALTH_KEYWORDS, hr: HR_KEYWORDS });

/** Total record: adding a DataClass without a scorer fails to compile. */
const SCORERS: Record<DataClass, (input: ClassInput) => DataClassResult | null> = {
  pii: scorePii,
  customer_records: scoreCustomerRecords,
  credentials: scoreCredentials,
  source_code: scoreSourceCode,
  legal: scoreLegal,
  financial: scoreFinancial,
  health: scoreHealth,
  hr: scoreHr,
};

/** Scores every data class; returns those at or above the reporting threshold, highest first. */
export function scoreClasses(text: string, findings: readonly Finding[], lower = text.toLowerCase()): DataClassResult[] {
  const input: ClassInput = { text, lower, findings, keywords: scanKeywords(lower), counts: countEntities(findings) };
  const out: DataClassResult[] = [];
  for (const score of Object.values(SCORERS)) {
    const r = score(input);
    if (r && (r.class === 'credentials' || r.score >= CLASS_THRESHOLD)) out.push(r);
  }
  return out.sort((a, b) => b.score - a.score || a.class.localeCompare(b.class));
}
