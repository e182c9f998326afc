// Acceptance floors on third-party labelled data (../shared/eval/secrets, outside the repo):
// for the rule families we cover, ≥ 95% of true positives found and ≤ 5% of false positives flagged.
// Printed per family by `pnpm exec tsx bench/detect/secrets.ts`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DETECT_SECRETS_COVERAGE, GITLEAKS_COVERAGE, JUDGED_DISAGREEMENTS, detectSecretsCase, gitleaksCase, scoreCoverage, type LabelledCase,
} from './coverage';

const EVAL = new URL('../../../../../shared/eval/secrets/', import.meta.url);
const jsonl = (path: string): Record<string, unknown>[] =>
  readFileSync(new URL(path, EVAL), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

const datasets: [string, LabelledCase[], typeof GITLEAKS_COVERAGE][] = [
  ['gitleaks rule examples', jsonl('gitleaks/gitleaks_rule_examples.derived.jsonl').map((r) => gitleaksCase(r as never)), GITLEAKS_COVERAGE],
  [
    'detect-secrets plugin cases',
    jsonl('detect-secrets/detect_secrets_plugin_cases.derived.jsonl').map(detectSecretsCase).filter((c) => c !== null),
    DETECT_SECRETS_COVERAGE,
  ],
];

describe('secrets acceptance on third-party cases', () => {
  it.each(datasets)('%s: ≥ 95%% TP found, ≤ 5%% FP flagged on covered families', (_name, cases, coverage) => {
    const { total, families } = scoreCoverage(cases, coverage, { scope: 'claimed', excludeJudged: true });
    expect(families.length).toBeGreaterThan(10);
    expect(total.positives).toBeGreaterThan(40);
    expect(total.found / total.positives).toBeGreaterThanOrEqual(0.95);
    expect(total.flagged / total.negatives).toBeLessThanOrEqual(0.05);
  });

  it('every judged disagreement is a real case in the data, and stays few', () => {
    const texts = new Set(datasets.flatMap(([, cases]) => cases.map((c) => c.text)));
    for (const text of Object.keys(JUDGED_DISAGREEMENTS)) expect(texts.has(text)).toBe(true);
    expect(Object.keys(JUDGED_DISAGREEMENTS).length).toBeLessThanOrEqual(8);
  });

  it('counts a claimed family as covered and an unclaimed one as excluded', () => {
    const cases: LabelledCase[] = [
      { family: 'github-pat', text: 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', positive: false },
      { family: 'no-such-rule', text: 'anything', positive: true },
    ];
    const r = scoreCoverage(cases, GITLEAKS_COVERAGE, { scope: 'claimed' });
    expect(r.uncovered).toEqual(['no-such-rule']);
    expect(r.total).toMatchObject({ positives: 0, negatives: 1, flagged: 0 });
  });
});
