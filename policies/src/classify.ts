import type { Classification } from './classes/types';
import { scoreClasses, severityOf } from './classes/score';
import { resolveOverlaps, runDetector } from './detectors/engine';
import { KeywordFilter } from './detectors/keyword-filter';
import { internalHostnameFor } from './detectors/network/internal-hostname';
import { DETECTORS } from './detectors/registry';
import type { Detector, EntityType, Finding } from './detectors/types';
import type { ContentSummary } from './policy/types';

export interface ClassifyOptions {
  /** Drop findings scoring below this (default 0.5). */
  minScore?: number;
  /** The company's own domains: hosts under them (git.acme.com) are INTERNAL_HOSTNAME findings. */
  internalDomains?: readonly string[];
  /** Only report these entities (all by default). */
  entities?: readonly EntityType[];
}

export const DEFAULT_MIN_SCORE = 0.5;

let cachedDomainsKey = '';
let cachedDetectors: readonly Detector[] = Object.values(DETECTORS);
let cachedFilter = new KeywordFilter(cachedDetectors);

function detectorsFor(opts: ClassifyOptions): readonly Detector[] {
  const key = (opts.internalDomains ?? []).join(',');
  if (key !== cachedDomainsKey) {
    const hostnames = internalHostnameFor(opts.internalDomains ?? []);
    cachedDetectors = Object.values(DETECTORS).map((d) => (d.id === hostnames.id ? hostnames : d));
    cachedFilter = new KeywordFilter(cachedDetectors);
    cachedDomainsKey = key;
  }
  return opts.entities ? cachedDetectors.filter((d) => opts.entities!.includes(d.entity)) : cachedDetectors;
}

/** The one entry: text → findings, data classes, severity. Pure; same result in browser, worker and Node. */
export function classify(text: string, opts: ClassifyOptions = {}): Classification {
  const minScore = opts.minScore ?? DEFAULT_MIN_SCORE;
  const lower = text.toLowerCase();
  const raw: Finding[] = [];
  const detectors = detectorsFor(opts);
  const present = cachedFilter.present(lower);
  for (const d of detectors) {
    if (!KeywordFilter.passes(d, present) || !cachedFilter.canReach(d, minScore, present)) continue;
    for (const f of runDetector(d, text, lower, minScore, true)) if (f.score >= minScore) raw.push(f);
  }
  const findings = resolveOverlaps(raw);
  const classes = scoreClasses(text, findings, lower);
  return { findings, classes, severity: severityOf(findings, classes) };
}

/** Counts, not text: what decision events store and evaluate() reads. */
export function summarize(c: Classification): ContentSummary {
  const entities: ContentSummary['entities'] = {};
  for (const f of c.findings) entities[f.entity] = (entities[f.entity] ?? 0) + 1;
  return { entities, classes: c.classes.map((x) => x.class), severity: c.severity };
}
