// Gateway tokens, budgets, usage counters and the per-request audit. Audit rows are content-free
// by construction: counts, model, tokens, cost, latency, outcome.
import { sql } from 'kysely';
import type { Db } from '../database';
import type { BudgetPeriod, BudgetScope } from '../tables/gateway';

export async function insertGatewayToken(db: Db, t: { tenantId: string; tokenHash: string; userPseudonym: string; department: string | null; label: string }): Promise<string> {
  const r = await db
    .insertInto('gateway_tokens')
    .values({ tenant_id: t.tenantId, token_hash: t.tokenHash, user_pseudonym: t.userPseudonym, department: t.department, label: t.label })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function findGatewayToken(db: Db, tokenHash: string) {
  return db
    .selectFrom('gateway_tokens')
    .select(['id', 'tenant_id', 'user_pseudonym', 'department'])
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function revokeGatewayToken(db: Db, tenantId: string, id: string): Promise<boolean> {
  const r = await db.updateTable('gateway_tokens').set({ revoked_at: new Date() }).where('tenant_id', '=', tenantId).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

export async function listGatewayTokens(db: Db, tenantId: string) {
  return db.selectFrom('gateway_tokens').select(['id', 'label', 'user_pseudonym', 'department', 'created_at', 'revoked_at']).where('tenant_id', '=', tenantId).orderBy('created_at', 'desc').limit(500).execute();
}

export interface BudgetRow {
  scope: BudgetScope;
  subject: string;
  period: BudgetPeriod;
  maxTokens: number | null;
  maxUsdMicros: number | null;
}

export async function listBudgets(db: Db, tenantId: string): Promise<BudgetRow[]> {
  const rows = await db.selectFrom('gateway_budgets').selectAll().where('tenant_id', '=', tenantId).orderBy('scope').orderBy('subject').execute();
  return rows.map((r) => ({
    scope: r.scope, subject: r.subject, period: r.period,
    maxTokens: r.max_tokens === null ? null : Number(r.max_tokens), maxUsdMicros: r.max_usd_micros === null ? null : Number(r.max_usd_micros),
  }));
}

export async function upsertBudget(db: Db, tenantId: string, b: BudgetRow, by: string): Promise<void> {
  const values = { period: b.period, max_tokens: b.maxTokens, max_usd_micros: b.maxUsdMicros, updated_at: new Date(), updated_by: by };
  await db
    .insertInto('gateway_budgets')
    .values({ tenant_id: tenantId, scope: b.scope, subject: b.subject, ...values })
    .onConflict((oc) => oc.columns(['tenant_id', 'scope', 'subject']).doUpdateSet(values))
    .execute();
}

export async function deleteBudget(db: Db, tenantId: string, scope: BudgetScope, subject: string): Promise<boolean> {
  const r = await db.deleteFrom('gateway_budgets').where('tenant_id', '=', tenantId).where('scope', '=', scope).where('subject', '=', subject).executeTakeFirst();
  return r.numDeletedRows > 0n;
}

export async function readCounter(db: Db, tenantId: string, scope: BudgetScope, subject: string, periodStart: string) {
  const r = await db
    .selectFrom('gateway_usage_counters')
    .select(['tokens', 'usd_micros'])
    .where('tenant_id', '=', tenantId).where('scope', '=', scope).where('subject', '=', subject).where('period_start', '=', periodStart)
    .executeTakeFirst();
  return { tokens: Number(r?.tokens ?? 0), usdMicros: Number(r?.usd_micros ?? 0) };
}

export interface CounterDelta {
  tenantId: string;
  scope: BudgetScope;
  subject: string;
  periodStart: string;
  tokens: number;
  usdMicros: number;
  requests: number;
}

/** Adds deltas (increment, not overwrite) so several collector nodes can share the counters. */
export async function addToCounters(db: Db, deltas: CounterDelta[]): Promise<void> {
  for (const d of deltas) {
    await db
      .insertInto('gateway_usage_counters')
      .values({ tenant_id: d.tenantId, scope: d.scope, subject: d.subject, period_start: d.periodStart, tokens: d.tokens, usd_micros: d.usdMicros, requests: d.requests })
      .onConflict((oc) =>
        oc.columns(['tenant_id', 'scope', 'subject', 'period_start']).doUpdateSet({
          tokens: sql`gateway_usage_counters.tokens + excluded.tokens`,
          usd_micros: sql`gateway_usage_counters.usd_micros + excluded.usd_micros`,
          requests: sql`gateway_usage_counters.requests + excluded.requests`,
        }),
      )
      .execute();
  }
}

export interface GatewayRequestRow {
  id: string;
  tenantId: string;
  at: Date;
  userPseudonym: string;
  department: string | null;
  source: 'handoff' | 'api';
  provider: string | null;
  model: string | null;
  entities: Record<string, number>;
  inputTokens: number;
  outputTokens: number;
  costUsdMicros: number;
  latencyMs: number;
  outcome: string;
  inventedPlaceholders: number;
  streamed: boolean;
}

export async function insertGatewayRequests(db: Db, rows: GatewayRequestRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('gateway_requests')
    .values(rows.map((r) => ({
      id: r.id, tenant_id: r.tenantId, at: r.at, user_pseudonym: r.userPseudonym, department: r.department, source: r.source,
      provider: r.provider, model: r.model, entities: JSON.stringify(r.entities), input_tokens: r.inputTokens, output_tokens: r.outputTokens,
      cost_usd_micros: r.costUsdMicros, latency_ms: r.latencyMs, outcome: r.outcome, invented_placeholders: r.inventedPlaceholders, streamed: r.streamed,
    })))
    .execute();
}

export async function listGatewayRequests(db: Db, tenantId: string, limit: number) {
  const rows = await db.selectFrom('gateway_requests').selectAll().where('tenant_id', '=', tenantId).orderBy('at', 'desc').limit(limit).execute();
  return rows.map((r) => ({
    id: r.id, at: new Date(r.at).toISOString(), user: r.user_pseudonym, department: r.department, source: r.source, provider: r.provider, model: r.model,
    entities: (typeof r.entities === 'string' ? JSON.parse(r.entities) : r.entities) as Record<string, number>,
    inputTokens: r.input_tokens, outputTokens: r.output_tokens, costUsd: Number(r.cost_usd_micros) / 1e6, latencyMs: r.latency_ms,
    outcome: r.outcome, inventedPlaceholders: r.invented_placeholders, streamed: r.streamed,
  }));
}

/** Per-day totals and per-model split for the console's Gateway page. */
export async function usageSummary(db: Db, tenantId: string, since: Date) {
  const byDay = await sql<{ day: string; requests: number; tokens: number; usd_micros: number; blocked: number }>`
    select to_char((at at time zone 'UTC')::date, 'YYYY-MM-DD') as day, count(*)::int as requests,
           sum(input_tokens + output_tokens)::int as tokens, sum(cost_usd_micros)::bigint as usd_micros,
           count(*) filter (where outcome <> 'ok')::int as blocked
    from gateway_requests where tenant_id = ${tenantId} and at >= ${since} group by 1 order by 1`.execute(db);
  const byModel = await sql<{ model: string | null; requests: number; tokens: number; usd_micros: number }>`
    select model, count(*)::int as requests, sum(input_tokens + output_tokens)::int as tokens, sum(cost_usd_micros)::bigint as usd_micros
    from gateway_requests where tenant_id = ${tenantId} and at >= ${since} group by 1 order by 3 desc`.execute(db);
  const byOutcome = await sql<{ outcome: string; requests: number }>`
    select outcome, count(*)::int as requests from gateway_requests where tenant_id = ${tenantId} and at >= ${since} group by 1 order by 2 desc`.execute(db);
  return {
    byDay: byDay.rows.map((r) => ({ day: r.day, requests: Number(r.requests), tokens: Number(r.tokens), costUsd: Number(r.usd_micros) / 1e6, refused: Number(r.blocked) })),
    byModel: byModel.rows.map((r) => ({ model: r.model ?? 'none', requests: Number(r.requests), tokens: Number(r.tokens), costUsd: Number(r.usd_micros) / 1e6 })),
    byOutcome: byOutcome.rows.map((r) => ({ outcome: r.outcome, requests: Number(r.requests) })),
  };
}

export interface DepartmentUsageRow {
  department: string | null;
  requests: number;
  tokens: number;
  costUsd: number;
  budget: { period: BudgetPeriod; maxTokens: number | null; maxUsd: number | null; usedTokens: number; usedUsd: number } | null;
}

/**
 * Requests, tokens and cost per department since `since` (every request, not a sample), with the
 * department's budget and what it has used in the budget's current period. Period starts are UTC
 * days ('YYYY-MM-DD', as the budget ledger counts them). A department with a budget but no request
 * in the window is listed with zeros; requests from tokens without a department have department null.
 */
export async function usageByDepartment(db: Db, tenantId: string, since: Date, periodStarts: { day: string; month: string }): Promise<DepartmentUsageRow[]> {
  const r = await sql<{
    department: string | null; requests: number; tokens: string | number; usd_micros: string | number;
    period: BudgetPeriod | null; max_tokens: string | number | null; max_usd_micros: string | number | null; used_tokens: string | number | null; used_usd_micros: string | number | null;
  }>`
    with used as (
      select department, count(*)::int as requests, coalesce(sum(input_tokens + output_tokens), 0)::bigint as tokens,
             coalesce(sum(cost_usd_micros), 0)::bigint as usd_micros
      from gateway_requests where tenant_id = ${tenantId} and at >= ${since} group by department
    ), budgets as (
      select subject, period, max_tokens, max_usd_micros,
             ((case period when 'day' then ${periodStarts.day} else ${periodStarts.month} end)::date::timestamp at time zone 'UTC') as starts
      from gateway_budgets where tenant_id = ${tenantId} and scope = 'department'
    ), current_period as (
      select b.subject, coalesce(sum(g.input_tokens + g.output_tokens), 0)::bigint as tokens, coalesce(sum(g.cost_usd_micros), 0)::bigint as usd_micros
      from budgets b join gateway_requests g on g.tenant_id = ${tenantId} and g.department = b.subject and g.at >= b.starts
      group by b.subject
    )
    select coalesce(u.department, b.subject) as department, coalesce(u.requests, 0)::int as requests, coalesce(u.tokens, 0)::bigint as tokens,
           coalesce(u.usd_micros, 0)::bigint as usd_micros, b.period, b.max_tokens, b.max_usd_micros,
           coalesce(c.tokens, 0)::bigint as used_tokens, coalesce(c.usd_micros, 0)::bigint as used_usd_micros
    from used u full join budgets b on b.subject = u.department
    left join current_period c on c.subject = b.subject
    order by 4 desc, 2 desc, 1 nulls last`.execute(db);
  return r.rows.map((x) => ({
    department: x.department, requests: Number(x.requests), tokens: Number(x.tokens), costUsd: Number(x.usd_micros) / 1e6,
    budget: x.period === null ? null : {
      period: x.period, maxTokens: x.max_tokens === null ? null : Number(x.max_tokens), maxUsd: x.max_usd_micros === null ? null : Number(x.max_usd_micros) / 1e6,
      usedTokens: Number(x.used_tokens ?? 0), usedUsd: Number(x.used_usd_micros ?? 0) / 1e6,
    },
  }));
}
