import { classify } from '@protocol-zero/policies';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalysisPool } from './analysis-pool';
import { AnalysisError, analyzeAll } from './analyze';
import { piiFixtures, secretFixtures } from './eval-fixtures';

describe('AnalysisPool', () => {
  let pool: AnalysisPool;
  beforeAll(async () => {
    pool = new AnalysisPool(2);
    await pool.ready();
  }, 60_000);
  afterAll(async () => pool?.close());

  it('finds on worker threads exactly what the in-process detectors find, for every eval fixture', async () => {
    const texts = [...piiFixtures(), ...secretFixtures()].map((f) => f.text);
    expect(texts.length).toBeGreaterThan(100);
    const pooled = await Promise.all(texts.map((t) => pool.analyze(t, new AbortController().signal)));
    pooled.forEach((a, i) => {
      const local = classify(texts[i]!);
      expect(a.findings).toEqual(local.findings);
      expect(a.severity).toBe(local.severity);
    });
  });

  it('a worker that dies fails its analyses closed (AnalysisError) and is replaced', async () => {
    const doomed = pool['slots'][0]!.worker;
    const texts = Array.from({ length: 8 }, (_, i) => `Call Jane Doe at jane${i}@corp.example ${'filler text '.repeat(300)}`);
    const inFlight = analyzeAll(pool.analyze, texts, 10_000);
    await doomed.terminate();
    await expect(inFlight).rejects.toBeInstanceOf(AnalysisError);
    await pool.ready();
    expect(pool['slots'][0]!.worker).not.toBe(doomed);
    const again = await analyzeAll(pool.analyze, texts, 10_000);
    expect(again.every((a) => a.findings.some((f) => f.entity === 'EMAIL_ADDRESS'))).toBe(true);
  });
});
