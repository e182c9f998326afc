// Per-user and per-department budgets in tokens and dollars. Usage is counted in memory (so the
// check on the hot path costs no query) and flushed to shared counters as increments, so several
// collector nodes add up; a node reads the stored total once per subject and period. Between
// flushes the in-memory counter is authoritative; a failed flush keeps its increments for the next
// one, and close() writes whatever is left.
import type { Db } from '../db/database';
import { addToCounters, type BudgetRow, type CounterDelta, listBudgets, readCounter } from '../db/repositories/gateway-usage';
import type { BudgetPeriod, BudgetScope } from '../db/tables/gateway';
import { AppError } from '../errors';

export function periodStart(period: BudgetPeriod, now: Date): string {
  const day = now.toISOString().slice(0, 10);
  return period === 'day' ? day : `${day.slice(0, 7)}-01`;
}

interface Subject {
  scope: BudgetScope;
  subject: string;
}

const LIMITS_MS = 5_000;

export class BudgetLedger {
  private readonly usage = new Map<string, { tokens: number; usdMicros: number }>();
  private readonly pending = new Map<string, CounterDelta>();
  private readonly limits = new Map<string, { rows: BudgetRow[]; until: number }>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Db,
    private readonly flushMs = 250,
  ) {}

  /** Throws 429 gateway_budget_exceeded when the user's or department's budget is used up. */
  async check(tenantId: string, user: string, department: string | null, now = new Date()): Promise<void> {
    const budgets = await this.budgetsOf(tenantId);
    for (const s of subjects(user, department)) {
      const b = budgets.find((r) => r.scope === s.scope && r.subject === s.subject);
      if (!b) continue;
      const used = await this.used(tenantId, s, periodStart(b.period, now));
      const overTokens = b.maxTokens !== null && used.tokens >= b.maxTokens;
      const overUsd = b.maxUsdMicros !== null && used.usdMicros >= b.maxUsdMicros;
      if (overTokens || overUsd)
        throw new AppError('gateway_budget_exceeded', `the ${b.period}ly ${s.scope} budget is used up (${overTokens ? 'tokens' : 'dollars'})`, {
          scope: s.scope, period: b.period, limit: overTokens ? 'tokens' : 'usd',
        });
    }
  }

  /** Adds one request's usage to every period a budget could be counted in (day and month). Synchronous: no query. */
  record(tenantId: string, user: string, department: string | null, tokens: number, usdMicros: number, now = new Date()): void {
    for (const s of subjects(user, department))
      for (const period of ['day', 'month'] as const) {
        const ps = periodStart(period, now);
        const k = key(tenantId, s, ps);
        const used = this.usage.get(k);
        if (used) {
          used.tokens += tokens;
          used.usdMicros += usdMicros;
        } // else: not loaded yet; used() adds the pending delta when it loads the stored total
        addDelta(this.pending, k, { tenantId, scope: s.scope, subject: s.subject, periodStart: ps, tokens, usdMicros, requests: 1 });
      }
    this.timer ??= setTimeout(() => void this.flush().catch(() => undefined), this.flushMs);
  }

  invalidateLimits(tenantId: string): void {
    this.limits.delete(tenantId);
  }

  /** Writes the pending increments (one at a time: flushes never overlap). Failed increments stay pending. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const run = this.flushing.then(async () => {
      const batch = [...this.pending.entries()];
      this.pending.clear();
      if (batch.length === 0) return;
      try {
        await this.db.transaction().execute((trx) => addToCounters(trx, batch.map(([, d]) => d)));
      } catch (err) {
        for (const [k, d] of batch) addDelta(this.pending, k, d);
        this.timer ??= setTimeout(() => void this.flush().catch(() => undefined), this.flushMs);
        throw err;
      }
    });
    this.flushing = run.catch(() => undefined);
    return run;
  }

  /** Shutdown: writes the pending increments; no retry outlives the app. */
  async close(): Promise<void> {
    try {
      await this.flush();
    } finally {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
  }

  private async budgetsOf(tenantId: string): Promise<BudgetRow[]> {
    const hit = this.limits.get(tenantId);
    if (hit && hit.until > Date.now()) return hit.rows;
    const rows = await listBudgets(this.db, tenantId);
    this.limits.set(tenantId, { rows, until: Date.now() + LIMITS_MS });
    return rows;
  }

  private async used(tenantId: string, s: Subject, ps: string) {
    const k = key(tenantId, s, ps);
    let u = this.usage.get(k);
    if (!u) {
      await this.flushing; // so the stored total includes every increment no longer pending
      const stored = await readCounter(this.db, tenantId, s.scope, s.subject, ps);
      const p = this.pending.get(k);
      // Another await may have filled it meanwhile; keep the first.
      u = this.usage.get(k) ?? { tokens: stored.tokens + (p?.tokens ?? 0), usdMicros: stored.usdMicros + (p?.usdMicros ?? 0) };
      this.usage.set(k, u);
    }
    return u;
  }
}

function addDelta(into: Map<string, CounterDelta>, k: string, d: CounterDelta): void {
  const cur = into.get(k);
  if (!cur) return void into.set(k, { ...d });
  cur.tokens += d.tokens;
  cur.usdMicros += d.usdMicros;
  cur.requests += d.requests;
}

function subjects(user: string, department: string | null): Subject[] {
  return department ? [{ scope: 'user', subject: user }, { scope: 'department', subject: department }] : [{ scope: 'user', subject: user }];
}

const key = (tenantId: string, s: Subject, ps: string) => `${tenantId}\u0000${s.scope}\u0000${s.subject}\u0000${ps}`;
