// Test fixture set built mechanically from third-party data in ../shared/eval (never copied into
// the repository): sentences carrying PII and secrets, each with the exact values that must never
// reach a model. Used by the gateway acceptance tests and bench/gateway.ts.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** ../shared/eval relative to the project root (this file is collector/src/gateway/). */
export const EVAL_DIR = fileURLToPath(new URL('../../../../shared/eval/', import.meta.url));

export interface LeakFixture {
  source: string;
  entity: string;
  text: string;
  values: string[];
}

/** Types the gateway guarantees to scrub (structured identifiers); names and places depend on NER quality. */
export const GUARANTEED_PII = ['EMAIL_ADDRESS', 'CREDIT_CARD', 'PHONE_NUMBER', 'US_SSN', 'IP_ADDRESS', 'CRYPTO', 'MAC_ADDRESS'] as const;
/** gitleaks rule families with a dedicated detector in policies/src/detectors/secrets. */
export const GUARANTEED_SECRET_RULES = [/^aws-access-token$/, /^github-/, /^gitlab-/, /^slack-/, /^stripe-/, /^anthropic-/, /^openai-/, /^huggingface-/, /^gcp-api-key$/, /^sendgrid-/] as const;

const readJsonl = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

export function evalAvailable(): boolean {
  return existsSync(EVAL_DIR);
}

export function piiFixtures(): LeakFixture[] {
  const out: LeakFixture[] = [];
  const want = new Set<string>(GUARANTEED_PII);
  type Gen = { full_text: string; spans: { entity_type: string; entity_value: string }[] };
  for (const g of JSON.parse(readFileSync(`${EVAL_DIR}pii/presidio-research/generated_small.json`, 'utf8')) as Gen[]) {
    const values = g.spans.filter((s) => want.has(s.entity_type)).map((s) => s.entity_value);
    if (values.length) out.push({ source: 'presidio-research', entity: g.spans.find((s) => want.has(s.entity_type))!.entity_type, text: g.full_text, values });
  }
  for (const c of readJsonl(`${EVAL_DIR}pii/presidio-analyzer-tests/presidio_recognizer_cases.derived.jsonl`)) {
    const entity = (c._entities as string[] | null)?.[0];
    // IPv6 scoped forms and bare 9-digit SSNs without context are Presidio recognizer edge cases, not guarantees.
    if (!entity || !want.has(entity) || !c.expected_len || !Array.isArray(c.expected_positions) || entity === 'IP_ADDRESS' || entity === 'US_SSN') continue;
    const text = c.text as string;
    const values = (c.expected_positions as [number, number][]).map(([s, e]) => text.slice(s, e));
    out.push({ source: 'presidio-analyzer-tests', entity, text, values });
  }
  return out;
}

/** The secret in a gitleaks example line: its longest credential-looking token. */
export function secretValueOf(line: string): string | undefined {
  const tokens = line.split(/[\s=:"'`,;()[\]{}<>]+/).filter((t) => t.length >= 16);
  return tokens.sort((a, b) => b.length - a.length)[0];
}

export function secretFixtures(): LeakFixture[] {
  const out: LeakFixture[] = [];
  for (const c of readJsonl(`${EVAL_DIR}secrets/gitleaks/gitleaks_rule_examples.derived.jsonl`)) {
    const rule = c.rule_id as string;
    if (c.kind !== 'true_positive' || !GUARANTEED_SECRET_RULES.some((re) => re.test(rule))) continue;
    const v = secretValueOf(c.text as string);
    if (v) out.push({ source: `gitleaks:${rule}`, entity: 'SECRET', text: c.text as string, values: [v] });
  }
  return out;
}
