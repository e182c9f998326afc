// detect-secrets' own test_data/ files against its baseline.file (the findings it expects), for the
// finding types we cover. Free-floating "high entropy strings" (no secret-sounding name, no known
// prefix) are out of scope on purpose: in prompts they are mostly hashes and ids.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findSecrets } from './coverage';
import { SECRET_DETECTORS } from './index';

const DATA = new URL('../../../../../shared/eval/secrets/detect-secrets/test_data/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, DATA), 'utf8');
const detectors = Object.values(SECRET_DETECTORS);

interface BaselineEntry {
  type: string;
  line_number: number;
  hashed_secret: string;
}
const baseline = JSON.parse(read('baseline.file')) as { results: Record<string, BaselineEntry[]> };

const sha1 = (value: string) => createHash('sha1').update(value).digest('hex');

/**
 * Whether we find the baseline's secret: a finding whose value hashes to `hashed_secret`
 * (detect-secrets stores SHA-1 of the secret; robust to the baseline's stale line numbers), or
 * any finding on the baseline's line.
 */
function finds(file: string, line: number, entries: readonly BaselineEntry[]): boolean {
  const text = read(file);
  const hashes = new Set(entries.map((e) => e.hashed_secret));
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
  return findSecrets(text, detectors).some((f) => hashes.has(sha1(text.slice(f.start, f.end))) || lineOf(f.start) === line);
}

// Baseline lines we judge differently, with the reason.
const JUDGED: Record<string, string> = {
  'each_secret.py:8': "AWS's documented example secret key (…EXAMPLEKEY) is a placeholder",
  'short_files/first_line.php:1': '"notHighEnoughEntropy" is a plain word, not a secret (detect-secrets flags any value named secret)',
  'config.yaml:14': 'a YAML !!binary value: the tag splits the value from its name',
  'config2.yaml:2': 'a YAML !!binary value: the tag splits the value from its name',
};
const COVERED_TYPES = new Set(['Secret Keyword', 'Private Key', 'Basic Auth Credentials', 'AWS Access Key', 'JSON Web Token', 'Slack Token', 'Stripe Access Key']);

// One row per baseline line holding a covered finding type; all that line's entries (any type) give
// hashes to match, since detect-secrets reports one secret under several plugin types.
const expected = Object.entries(baseline.results).flatMap(([file, entries]) =>
  [...new Set(entries.filter((e) => COVERED_TYPES.has(e.type)).map((e) => e.line_number))].map(
    (line) => [`${file}:${line}`, file, line, entries.filter((e) => e.line_number === line)] as const,
  ),
);

describe('detect-secrets test_data against baseline.file', () => {
  it('has covered findings to compare', () => {
    expect(expected.length).toBeGreaterThanOrEqual(10);
  });

  it.each(expected.filter(([key]) => !(key in JUDGED)))('finds %s', (_key, file, line, entries) => {
    expect(finds(file, line, entries)).toBe(true);
  });

  it.each(Object.keys(JUDGED))('judged disagreement %s is still in the baseline', (key) => {
    expect(expected.some(([k]) => k === key)).toBe(true);
  });

  it.each(['files/file_with_no_secrets.py', 'only_comments.yaml'])('flags nothing in %s', (file) => {
    expect(findSecrets(read(file), detectors)).toEqual([]);
  });
});
