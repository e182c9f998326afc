import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateGenerated, type GeneratedSample } from './presidio-research';

// Quality floors on presidio-research's generated_small.json (third-party data beside the repo).
const file = new URL('../../../../../shared/eval/pii/presidio-research/generated_small.json', import.meta.url);
const samples = JSON.parse(readFileSync(file, 'utf8')) as GeneratedSample[];
const scores = evaluateGenerated(samples);

describe('presidio-research generated_small', () => {
  it.each(['EMAIL_ADDRESS', 'PHONE_NUMBER', 'CREDIT_CARD', 'US_SSN', 'IP_ADDRESS'])('%s precision and recall ≥ 0.95', (label) => {
    const s = scores.get(label)!;
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.recall).toBeGreaterThanOrEqual(0.95);
  });

  it("PERSON F1 beats Presidio's published 0.70 P / 0.84 R (F1 0.764)", () => {
    expect(scores.get('PERSON')!.f1).toBeGreaterThan(0.764);
  });
});
