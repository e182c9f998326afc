// PII detection quality on third-party data beside the repo (../shared/eval/pii):
//  1. Presidio's own recognizer cases: agreement per entity type (raw, and counting the listed,
//     reasoned disagreements in policies/src/detectors/eval/presidio-disagreements.ts).
//  2. presidio-research generated_small.json: token-level precision / recall / F1 per entity at the
//     default reporting bar, next to Presidio's published PERSON figures.
// Run: tsx bench/detect/pii.ts
import { readFileSync } from 'node:fs';
import { agreementByEntity, caseEntity, caseText, judgeCase, type PresidioCase } from '../../policies/src/detectors/eval/presidio-cases';
import { PRESIDIO_DISAGREEMENTS } from '../../policies/src/detectors/eval/presidio-disagreements';
import { evaluateGenerated, type GeneratedSample } from '../../policies/src/detectors/eval/presidio-research';

const evalDir = new URL('../../../shared/eval/pii/', import.meta.url);
const cases = readFileSync(new URL('presidio-analyzer-tests/presidio_recognizer_cases.derived.jsonl', evalDir), 'utf8')
  .trim().split('\n').map((l) => JSON.parse(l) as PresidioCase);
const samples = JSON.parse(readFileSync(new URL('presidio-research/generated_small.json', evalDir), 'utf8')) as GeneratedSample[];

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const listed = new Set(PRESIDIO_DISAGREEMENTS.map((d) => `${d.entity}\u0000${d.text}`));

console.log(`Presidio recognizer cases (${cases.length}): agreement per entity type`);
console.log(`${'entity'.padEnd(20)} ${'agree'.padStart(9)} ${'raw'.padStart(7)} ${'w/ listed'.padStart(10)}`);
const { rows, unsupported } = agreementByEntity(cases);
let below = 0;
for (const r of rows) {
  const listedHere = cases.filter((c) => caseEntity(c) === r.entity && listed.has(`${r.entity}\u0000${caseText(c)}`) && judgeCase(c).kind === 'disagree').length;
  const adjusted = (r.agree + listedHere) / r.total;
  if (adjusted < 0.95) below++;
  console.log(`${r.entity.padEnd(20)} ${`${r.agree}/${r.total}`.padStart(9)} ${pct(r.rate).padStart(7)} ${pct(adjusted).padStart(10)}`);
}
for (const [reason, n] of unsupported) console.log(`  not compared: ${n} cases (${reason})`);
console.log(`  types below 95% (after listed disagreements): ${below}`);

console.log(`\npresidio-research generated_small.json (${samples.length} samples): token-level P / R / F1 at min score 0.5`);
console.log(`${'label'.padEnd(20)} ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}`);
const scores = evaluateGenerated(samples);
for (const [label, s] of scores) {
  console.log(`${label.padEnd(20)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)} ${s.precision.toFixed(3).padStart(6)} ${s.recall.toFixed(3).padStart(6)} ${s.f1.toFixed(3).padStart(6)}`);
}
const p = scores.get('PERSON');
if (p) {
  const presidioF1 = (2 * 0.7 * 0.84) / (0.7 + 0.84);
  console.log(`PERSON F1 ${p.f1.toFixed(3)} vs Presidio published 0.70 P / 0.84 R (F1 ${presidioF1.toFixed(3)}): ratio ${(p.f1 / presidioF1).toFixed(2)}×`);
}
