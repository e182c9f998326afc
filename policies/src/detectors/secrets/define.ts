import type { Detector, DetectorPattern } from '../types';
import { shannonEntropy } from './entropy';
import { isPlaceholder, type PlaceholderOptions } from './placeholder';

/**
 * gitleaks' "name, then an assignment" shape: `<name>[rest of identifier] = "<value>"`. Capture
 * group 1 is the value and the 'd' flag gives its offsets, so the engine reports the secret alone
 * (redaction keeps `api_key = ` readable). Name first, not a lookbehind: a lookbehind would be
 * tried at every position. Every quantifier is bounded.
 */
export function namedValue(name: string, value: string, flags = ''): RegExp {
  return new RegExp(String.raw`(?:${name})[\w.\-]{0,20}[\s'"]{0,3}(?:=|>|:{1,3}=|\|\||:|=>|\?=|,)[\x60'"\s=]{0,5}(${value})`, `dg${flags}`);
}

export interface SecretDetectorSpec {
  id: `secrets/${string}`;
  label: { one: string; many: string };
  /** Lower-case substrings; the engine skips the regexes unless one occurs. */
  keywords: readonly string[];
  patterns: readonly DetectorPattern[];
  context?: readonly string[];
  minScoreWithoutContext?: number;
  /** gitleaks-style floor on Shannon entropy of the whole match (bits/char). */
  minEntropy?: number;
  /** Placeholder screening; `false` turns it off for formats whose real values trip it. */
  placeholders?: PlaceholderOptions | false;
  /** Format check beyond the regex; a number replaces the pattern score. */
  check?: (value: string) => boolean | number;
}

/** Builds a SECRET detector whose validator drops placeholders and low-entropy look-alikes. */
export function secretDetector(spec: SecretDetectorSpec): Detector {
  const { minEntropy = 0, placeholders = {}, check } = spec;
  const d: Detector = {
    id: spec.id,
    entity: 'SECRET',
    label: spec.label,
    keywords: spec.keywords,
    patterns: spec.patterns,
    validate: (value) => {
      if (placeholders !== false && isPlaceholder(value, placeholders)) return false;
      if (minEntropy > 0 && shannonEntropy(value) < minEntropy) return false;
      return check ? check(value) : true;
    },
  };
  if (spec.context) d.context = spec.context;
  if (spec.minScoreWithoutContext !== undefined) d.minScoreWithoutContext = spec.minScoreWithoutContext;
  return d;
}

export const hasUpperAndLower = (v: string): boolean => /[A-Z]/.test(v) && /[a-z]/.test(v);
export const hasDigit = (v: string): boolean => /\d/.test(v);
