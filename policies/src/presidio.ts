import type { Finding } from './detectors/types';

/** One result in Presidio analyzer's response shape (POST /analyze), so Presidio clients work unchanged. */
export interface PresidioResult {
  entity_type: string;
  start: number;
  end: number;
  score: number;
  analysis_explanation: null;
  recognition_metadata: { recognizer_name: string; recognizer_identifier: string };
}

// Presidio names recognizers in CamelCase ("EmailRecognizer"); ours are 'family/name' ids.
const recognizerName = (detector: string) =>
  (detector.split('/').at(-1) ?? detector).split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('') + 'Recognizer';

/** Findings → Presidio analyzer results, in Presidio's order (by start, then longer first). */
export function toPresidioResults(findings: readonly Finding[], entities?: readonly string[]): PresidioResult[] {
  return findings
    .filter((f) => !entities || entities.includes(f.entity))
    .map((f) => ({
      entity_type: f.entity,
      start: f.start,
      end: f.end,
      score: f.score,
      analysis_explanation: null,
      recognition_metadata: { recognizer_name: recognizerName(f.detector), recognizer_identifier: f.detector },
    }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
}
