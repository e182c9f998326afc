import type { Db } from '../database';

export interface AuditEntry {
  tenantId: string;
  actor: string;
  action: string;
  target: string;
  reason?: string | null;
  details?: unknown;
}

const rowOf = (e: AuditEntry) => ({ tenant_id: e.tenantId, actor: e.actor, action: e.action, target: e.target, reason: e.reason ?? null, details: JSON.stringify(e.details ?? {}) });

/** Pass the transaction when the audited change happens in one: the record and the change commit together. */
export async function recordAudit(db: Db, e: AuditEntry): Promise<void> {
  await recordAudits(db, [e]);
}

/** Many records in one statement (batched writers: the gateway's request trail). */
export async function recordAudits(db: Db, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.insertInto('audit_log').values(entries.map(rowOf)).execute();
}

export async function listAudit(db: Db, tenantId: string, q: { limit: number; before?: string | undefined; action?: string | undefined }) {
  let query = db
    .selectFrom('audit_log')
    .select(['id', 'at', 'actor', 'action', 'target', 'reason', 'details'])
    .where('tenant_id', '=', tenantId)
    .orderBy('id', 'desc')
    .limit(q.limit);
  if (q.before) query = query.where('id', '<', q.before);
  if (q.action) query = query.where('action', '=', q.action);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: String(r.id), at: new Date(r.at).toISOString(), actor: r.actor, action: r.action, target: r.target,
    reason: r.reason, details: typeof r.details === 'string' ? JSON.parse(r.details) : r.details,
  }));
}
