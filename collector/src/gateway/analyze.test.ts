import { describe, expect, it } from 'vitest';
import { type Analyzer, AnalysisError, analyzeAll, cached, localAnalyzer } from './analyze';

const never = new AbortController().signal;

describe('analyzeAll', () => {
  it.each([
    ['throws', (async () => { throw new Error('down'); }) as Analyzer, 'failed'],
    ['hangs', (() => new Promise(() => {})) as Analyzer, 'timeout'],
    ['throws synchronously', (() => { throw new Error('sync'); }) as unknown as Analyzer, 'failed'],
  ])('an analyzer that %s becomes AnalysisError(%s)', async (_n, analyzer, reason) => {
    const err = await analyzeAll(analyzer, ['text'], 50).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AnalysisError);
    expect((err as AnalysisError).reason).toBe(reason);
  });

  it('aborts the signal it handed out on timeout', async () => {
    let seen: AbortSignal | undefined;
    await analyzeAll((_t, s) => ((seen = s), new Promise(() => {})), ['x'], 20).catch(() => undefined);
    expect(seen?.aborted).toBe(true);
  });
});

describe('cached', () => {
  it('analyses a repeated long text once and returns the same findings', async () => {
    let calls = 0;
    const a = cached(async (t, s) => (calls++, localAnalyzer(t, s)));
    const text = `History turn: write to jane.roe@acme-corp.com about the contract renewal terms and dates.`;
    const [x, y] = [await a(text, never), await a(text, never)];
    expect(calls).toBe(1);
    expect(y).toBe(x);
    expect(x.findings.map((f) => text.slice(f.start, f.end))).toContain('jane.roe@acme-corp.com');
    await a('short', never);
    await a('short', never);
    expect(calls).toBe(3); // short texts are not worth hashing
  });
});
