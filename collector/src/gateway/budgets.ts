// Per-user and per-department budgets in tokens and dollars. Usage is counted in memory (so the
// check on the hot path costs no query) and flushed to shared counters as increments, so several
// collector nodes add up; a node reads the stored total once per subject and period.
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

  /** Adds one request's usage to every period a budget could be counted in (day and month). */
  async record(tenantId: string, user: string, department: string | null, tokens: number, usdMicros: number, now = new Date()): Promise<void> {
    for (const s of subjects(user, department))
      for (const period of ['day', 'month'] as const) {
        const ps = periodStart(period, now);
        const used = await this.used(tenantId, s, ps);
        used.tokens += tokens;
        used.usdMicros += usdMicros;
        const k = key(tenantId, s, ps);
        const d = this.pending.get(k) ?? { tenantId, scope: s.scope, subject: s.subject, periodStart: ps, tokens: 0, usdMicros: 0, requests: 0 };
        d.tokens += tokens;
        d.usdMicros += usdMicros;
        d.requests += 1;
        this.pending.set(k, d);
      }
    this.timer ??= setTimeout(() => void this.flush().catch(() => undefined), this.flushMs);
  }

  invalidateLimits(tenantId: string): void {
    this.limits.delete(tenantId);
  }

  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = [...this.pending.values()];
    this.pending.clear();
    await addToCounters(this.db, batch);
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
      const stored = await readCounter(this.db, tenantId, s.scope, s.subject, ps);
      // Another await may have filled it meanwhile; keep the first.
      u = this.usage.get(k) ?? stored;
      this.usage.set(k, u);
    }
    return u;
  }
}

function subjects(user: string, department: string | null): Subject[] {
  return department ? [{ scope: 'user', subject: user }, { scope: 'department', subject: department }] : [{ scope: 'user', subject: user }];
}

const key = (tenantId: string, s: Subject, ps: string) => `${tenantId}\u0000${s.scope}\u0000${s.subject}\u0000${ps}`;
