import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseEntity, caseText, judgeCase, type PresidioCase } from './presidio-cases';
import { PRESIDIO_DISAGREEMENTS } from './presidio-disagreements';

// Presidio's own recognizer tests (third-party data beside the repo): ≥ 95 % agreement on every
// entity type we support, counting the listed, reasoned disagreements as ours to own.
const file = new URL('../../../../../shared/eval/pii/presidio-analyzer-tests/presidio_recognizer_cases.derived.jsonl', import.meta.url);
const cases = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as PresidioCase);
const listed = new Set(PRESIDIO_DISAGREEMENTS.map((d) => `${d.entity}\u0000${d.text}`));

const tally = new Map<string, { agree: number; total: number; unlisted: string[] }>();
for (const c of cases) {
  const v = judgeCase(c);
  if (v.kind === 'unsupported') continue;
  const t = tally.get(v.entity) ?? { agree: 0, total: 0, unlisted: [] };
  t.total++;
  if (v.kind === 'agree' || listed.has(`${caseEntity(c)}\u0000${caseText(c)}`)) t.agree++;
  else t.unlisted.push(caseText(c));
  tally.set(v.entity, t);
}

describe('Presidio recognizer cases', () => {
  it('covers the entity types we share with Presidio', () => {
    expect([...tally.keys()].sort()).toEqual([
      'ABA_ROUTING_NUMBER', 'CREDIT_CARD', 'CRYPTO', 'EMAIL_ADDRESS', 'IBAN_CODE', 'IP_ADDRESS', 'MAC_ADDRESS', 'PHONE_NUMBER',
      'UK_NHS', 'UK_NINO', 'UK_POSTCODE', 'URL', 'US_BANK_NUMBER', 'US_DRIVER_LICENSE', 'US_ITIN', 'US_PASSPORT', 'US_SSN',
    ]);
  });

  it.each([...tally.keys()].sort())('%s agreement ≥ 95%%', (entity) => {
    const t = tally.get(entity)!;
    expect(t.agree / t.total, `disagreements not listed: ${t.unlisted.join(' | ')}`).toBeGreaterThanOrEqual(0.95);
  });
});
