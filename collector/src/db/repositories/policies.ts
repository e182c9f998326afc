import { createHash } from 'node:crypto';
import { DEFAULT_POLICY, UsagePolicySchema, type UsagePolicy } from '@protocol-zero/policies';
import type { Db } from '../database';

export interface PolicyVersion {
  version: number;
  policy: UsagePolicy;
  etag: string;
  createdAt: string;
  createdBy: string;
  comment: string;
}

/** Keys sorted at every depth, so the same policy always hashes to the same ETag. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function policyEtag(policy: UsagePolicy): string {
  return `"${createHash('sha256').update(canonicalJson(policy)).digest('hex')}"`;
}

function toVersion(r: { version: number; policy: unknown; etag: string; created_at: Date; created_by: string; comment: string }): PolicyVersion {
  const policy = typeof r.policy === 'string' ? JSON.parse(r.policy) : r.policy;
  return {
    version: r.version, policy: UsagePolicySchema.parse(policy), etag: r.etag,
    createdAt: new Date(r.created_at).toISOString(), createdBy: r.created_by, comment: r.comment,
  };
}

export async function currentPolicy(db: Db, tenantId: string): Promise<PolicyVersion | undefined> {
  const r = await db.selectFrom('policy_versions').selectAll().where('tenant_id', '=', tenantId).orderBy('version', 'desc').limit(1).executeTakeFirst();
  return r ? toVersion(r) : undefined;
}

export async function getPolicyVersion(db: Db, tenantId: string, version: number): Promise<PolicyVersion | undefined> {
  const r = await db.selectFrom('policy_versions').selectAll().where('tenant_id', '=', tenantId).where('version', '=', version).executeTakeFirst();
  return r ? toVersion(r) : undefined;
}

export async function listPolicyVersions(db: Db, tenantId: string) {
  const rows = await db
    .selectFrom('policy_versions')
    .select(['version', 'etag', 'created_at', 'created_by', 'comment'])
    .where('tenant_id', '=', tenantId)
    .orderBy('version', 'desc')
    .limit(200)
    .execute();
  return rows.map((r) => ({ version: r.version, etag: r.etag, createdAt: new Date(r.created_at).toISOString(), createdBy: r.created_by, comment: r.comment }));
}

/**
 * Appends version N+1 (the policy's own `version` field is set to N+1). With `expectedVersion`,
 * returns 'conflict' when someone else saved in between — the primary key makes it race-free.
 */
export async function appendPolicyVersion(
  db: Db,
  tenantId: string,
  policy: UsagePolicy,
  by: string,
  comment: string,
  expectedVersion?: number,
): Promise<PolicyVersion | 'conflict'> {
  const latest = await currentPolicy(db, tenantId);
  const current = latest?.version ?? 0;
  if (expectedVersion !== undefined && expectedVersion !== current) return 'conflict';
  const version = current + 1;
  const stored = { ...policy, version };
  const etag = policyEtag(stored);
  const row = await db
    .insertInto('policy_versions')
    .values({ tenant_id: tenantId, version, policy: JSON.stringify(stored), etag, created_by: by, comment })
    .onConflict((oc) => oc.columns(['tenant_id', 'version']).doNothing())
    .returningAll()
    .executeTakeFirst();
  return row ? toVersion(row) : 'conflict';
}

/** First start: version 1 is the shipped interim policy. */
export async function ensurePolicySeeded(db: Db, tenantId: string): Promise<void> {
  if (await currentPolicy(db, tenantId)) return;
  await appendPolicyVersion(db, tenantId, DEFAULT_POLICY, 'system', 'shipped interim policy', 0);
}
