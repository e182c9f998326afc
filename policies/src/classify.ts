import type { Classification } from './classes/types';
import { resolveOverlaps, runDetector } from './detectors/engine';
import { DETECTORS } from './detectors/registry';
import type { Finding } from './detectors/types';
import { scoreClasses, severityOf } from './classes/score';

export interface ClassifyOptions {
  /** Drop findings scoring below this (default 0.5). */
  minScore?: number;
}

/** The one entry: text → findings, data classes, severity. Pure; same result in browser, worker and Node. */
export function classify(text: string, opts: ClassifyOptions = {}): Classification {
  const minScore = opts.minScore ?? 0.5;
  const lower = text.toLowerCase();
  const raw: Finding[] = [];
  for (const d of Object.values(DETECTORS)) raw.push(...runDetector(d, text, lower));
  const findings = resolveOverlaps(raw.filter((f) => f.score >= minScore));
  const classes = scoreClasses(text, findings);
  return { findings, classes, severity: severityOf(findings, classes) };
}
