import { parse as parseYaml, YAMLParseError } from 'yaml';
import { UsagePolicySchema, type UsagePolicy } from './schema';

export interface PolicyIssue {
  path: string; // 'rules.2.action'
  message: string;
  line?: number; // 1-based, for YAML syntax errors
}

export type PolicyParseResult = { ok: true; policy: UsagePolicy } | { ok: false; issues: PolicyIssue[] };

/** Pure parse + validate. Any I/O (file, HTTP) belongs to the caller. */
export function parsePolicyYaml(text: string): PolicyParseResult {
  let raw: unknown;
  try {
    raw = parseYaml(text, { prettyErrors: true, maxAliasCount: 100 });
  } catch (err) {
    if (err instanceof YAMLParseError) {
      const line = err.linePos?.[0]?.line;
      return { ok: false, issues: [{ path: '', message: err.message.split('\n')[0] ?? 'invalid YAML', ...(line ? { line } : {}) }] };
    }
    throw err;
  }
  return validatePolicy(raw);
}

export function validatePolicy(raw: unknown): PolicyParseResult {
  const r = UsagePolicySchema.safeParse(raw);
  if (r.success) return { ok: true, policy: r.data };
  return { ok: false, issues: r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) };
}

export function parsePolicyYamlOrThrow(text: string): UsagePolicy {
  const r = parsePolicyYaml(text);
  if (!r.ok) throw new Error(`invalid policy: ${r.issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`);
  return r.policy;
}
