import type { EntityType } from '../detectors/types';
import type { ClassInput } from './input';
import type { DataClassResult } from './types';

// Tabular personal data: several delimited rows that each carry contact details (a CSV export, a
// pasted spreadsheet). One person's signature block is not a customer list; ten rows are.
const CONTACT: ReadonlySet<EntityType> = new Set(['EMAIL_ADDRESS', 'PHONE_NUMBER', 'STREET_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'DATE_OF_BIRTH']);
const DELIMITERS = [',', '\t', ';', '|'] as const;

export function scoreCustomerRecords(input: ClassInput): DataClassResult | null {
  const contact = input.findings.filter((f) => CONTACT.has(f.entity));
  if (contact.length < 2) return null;
  // Line starts, then which line each finding falls on (findings are sorted by start).
  const lineOf: number[] = [];
  const starts: number[] = [0];
  for (let i = input.text.indexOf('\n'); i !== -1; i = input.text.indexOf('\n', i + 1)) starts.push(i + 1);
  let line = 0;
  for (const f of contact) {
    while (line + 1 < starts.length && starts[line + 1]! <= f.start) line++;
    lineOf.push(line);
  }
  const rows = new Map<number, Set<EntityType>>();
  contact.forEach((f, i) => {
    const l = lineOf[i]!;
    rows.set(l, (rows.get(l) ?? new Set()).add(f.entity));
  });
  // Delimited rows: two of them with ≥3 columns, or three with ≥2 (name,email exports).
  let delimitedRows = 0;
  let wideRows = 0;
  const entityRows = new Map<EntityType, number>();
  for (const [l, ents] of rows) {
    const text = input.text.slice(starts[l]!, (starts[l + 1] ?? input.text.length + 1) - 1);
    const columns = Math.max(...DELIMITERS.map((d) => text.split(d, 4).length));
    if (columns >= 2) delimitedRows++;
    if (columns >= 3) wideRows++;
    for (const e of ents) entityRows.set(e, (entityRows.get(e) ?? 0) + 1);
  }
  const totalRows = rows.size;
  if (totalRows < 2) return null;
  const tabular = wideRows >= 2 || delimitedRows >= 3;
  const score = tabular ? Math.min(1, 0.5 + delimitedRows * 0.05) : totalRows >= 5 ? Math.min(0.9, 0.3 + totalRows * 0.04) : 0;
  if (score === 0) return null;
  const evidence = [
    `rows:${totalRows}${tabular ? ` delimited:${delimitedRows}` : ''}`,
    ...[...entityRows].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([e, n]) => `rows:${n} with ${e}`),
  ];
  return { class: 'customer_records', score: Math.round(score * 100) / 100, evidence };
}
