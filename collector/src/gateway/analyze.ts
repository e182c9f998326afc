// Analysis for the gateway: the policies detectors, plus Presidio when configured. Any failure or
// timeout becomes AnalysisError, which the gateway turns into 503 before contacting the model —
// the gateway never sends text it could not analyse.
import { createHash } from 'node:crypto';
import { classify, SEVERITIES, type Finding, type Severity } from '@protocol-zero/policies';
import type { PresidioClient } from './presidio-client';
import { presidioToFinding } from './presidio-client';

export interface Analysis {
  findings: Finding[];
  severity: Severity;
}

/** Analyses one text. Injected so tests can make it throw or hang (fail-closed tests). */
export type Analyzer = (text: string, signal: AbortSignal) => Promise<Analysis>;

export class AnalysisError extends Error {
  constructor(readonly reason: 'failed' | 'timeout') {
    super(`analysis ${reason}`);
    this.name = 'AnalysisError';
  }
}

export const localAnalyzer: Analyzer = async (text) => {
  const c = classify(text);
  return { findings: c.findings, severity: c.severity };
};

/** Local detectors first, then Presidio's results merged in (overlaps are resolved at scrub time). */
export function withPresidio(base: Analyzer, client: PresidioClient, language = 'en'): Analyzer {
  return async (text, signal) => {
    const [local, remote] = await Promise.all([base(text, signal), client.analyze({ text, language }, signal)]);
    return { findings: [...local.findings, ...remote.map(presidioToFinding)], severity: local.severity };
  };
}

/**
 * Clients resend the whole history every turn; analysing it again each time makes turn N cost N
 * analyses. Results are cached by sha256 of the text (offsets only — no text is kept), LRU-bounded.
 */
export function cached(inner: Analyzer, max = 10_000): Analyzer {
  const memo = new Map<string, Analysis>();
  return async (text, signal) => {
    if (text.length < 64) return inner(text, signal); // hashing costs more than analysing
    const k = createHash('sha256').update(text).digest('base64url');
    const hit = memo.get(k);
    if (hit) {
      memo.delete(k);
      memo.set(k, hit);
      return hit;
    }
    const a = await inner(text, signal);
    memo.set(k, a);
    if (memo.size > max) memo.delete(memo.keys().next().value!);
    return a;
  };
}

export const maxSeverity = (a: Severity, b: Severity): Severity => (SEVERITIES.indexOf(a) >= SEVERITIES.indexOf(b) ? a : b);

/** Runs the analyzer over every text with one deadline for all of them. */
export async function analyzeAll(analyzer: Analyzer, texts: readonly string[], timeoutMs: number): Promise<Analysis[]> {
  const ctl = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  // Start the analyzers first: the local detectors run synchronously inside this call, so the
  // deadline below bounds what can actually hang (a remote analyzer), not our own CPU time.
  let all: Promise<Analysis[]>;
  try {
    all = Promise.all(texts.map((t) => analyzer(t, ctl.signal)));
  } catch {
    throw new AnalysisError('failed');
  }
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      ctl.abort();
      reject(new AnalysisError('timeout'));
    }, timeoutMs);
  });
  try {
    return await Promise.race([all, deadline]);
  } catch (err) {
    if (err instanceof AnalysisError) throw err;
    throw new AnalysisError('failed');
  } finally {
    clearTimeout(timer);
  }
}
