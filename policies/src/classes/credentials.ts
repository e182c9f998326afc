import type { ClassInput } from './input';
import type { DataClassResult } from './types';

/** Credentials: any secret finding (keys, tokens, private keys, passwords in connection strings). */
export function scoreCredentials(input: ClassInput): DataClassResult | null {
  const secrets = input.findings.filter((f) => f.entity === 'SECRET');
  if (secrets.length === 0) return null;
  const kinds = [...new Set(secrets.map((f) => f.detector))].sort();
  return {
    class: 'credentials',
    score: Math.max(...secrets.map((f) => f.score)),
    evidence: [`findings:${secrets.length} SECRET`, ...kinds.slice(0, 4).map((k) => `detector:${k}`)],
  };
}
