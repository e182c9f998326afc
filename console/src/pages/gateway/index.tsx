// The company assistant's gateway: requests, tokens and cost per day, model and department, and
// the budgets that cap them.
import type { GatewayUsage } from '@protocol-zero/policies';
import { api, type Session } from '../../api/client';
import type { Budget } from '../../api/types';
import { ChartView } from '../../components/chart';
import { Card, ErrorNote, Kpi, Loading, useLoad } from '../../components/ui';
import { int, usd } from '../../format';

/** Cost per department from the request records (content-free; department as the token carries it). */
export function costByDepartment(recent: GatewayUsage['recent']): { department: string; costUsd: number; requests: number }[] {
  const m = new Map<string, { costUsd: number; requests: number }>();
  for (const r of recent) {
    const k = r.department ?? 'unassigned';
    const cur = m.get(k) ?? { costUsd: 0, requests: 0 };
    cur.costUsd += r.costUsd;
    cur.requests++;
    m.set(k, cur);
  }
  return [...m].map(([department, v]) => ({ department, ...v })).sort((a, b) => b.costUsd - a.costUsd);
}

export default function GatewayPage({ session }: { session: Session }) {
  const [u, error] = useLoad(() => api.get<GatewayUsage>('/v1/gateway/usage?days=30'));
  const security = session.user.role !== 'executive';
  const [budgets] = useLoad(() => (security ? api.get<Budget[]>('/v1/gateway/budgets') : Promise.resolve([] as Budget[])));
  if (error) return <ErrorNote error={error} />;
  if (!u) return <Loading what="gateway usage" />;
  const total = u.byDay.reduce((s, d) => ({ requests: s.requests + d.requests, tokens: s.tokens + d.tokens, cost: s.cost + d.costUsd, refused: s.refused + d.refused }), { requests: 0, tokens: 0, cost: 0, refused: 0 });
  const depts = costByDepartment(u.recent);
  return (
    <div class="grid">
      <div class="kpis wide">
        <Kpi testId="gateway-requests" label="Requests (30 days)" value={int(total.requests)} />
        <Kpi label="Tokens" value={int(total.tokens)} />
        <Kpi label="Cost" value={usd(total.cost)} />
        <Kpi label="Refused" value={int(total.refused)} note="budget or analysis" />
      </div>
      <Card title="Cost per day">
        <ChartView label="Gateway cost per day" config={{ type: 'bar', data: { labels: u.byDay.map((d) => d.day.slice(5)), datasets: [{ label: 'USD', data: u.byDay.map((d) => d.costUsd), backgroundColor: '#335c99' }] }, options: { plugins: { legend: { display: false } } } }} />
      </Card>
      <Card title="Cost per department (recent requests)">
        <ChartView label="Gateway cost per department" config={{ type: 'doughnut', data: { labels: depts.map((d) => d.department), datasets: [{ data: depts.map((d) => Number(d.costUsd.toFixed(4))) }] }, options: { plugins: { legend: { position: 'right' } } } }} />
      </Card>
      <Card title="By model">
        <table class="table"><thead><tr><th>Model</th><th class="num">Requests</th><th class="num">Tokens</th><th class="num">Cost</th></tr></thead>
          <tbody>{u.byModel.map((m) => <tr key={m.model}><td>{m.model}</td><td class="num">{int(m.requests)}</td><td class="num">{int(m.tokens)}</td><td class="num">{usd(m.costUsd)}</td></tr>)}</tbody>
        </table>
      </Card>
      {security && (
        <Card title="Budgets">
          {!budgets ? <Loading what="budgets" /> : budgets.length === 0 ? <p class="muted">No budgets set.</p> : (
            <table class="table"><thead><tr><th>Scope</th><th>Subject</th><th>Period</th><th class="num">Max tokens</th><th class="num">Max USD</th></tr></thead>
              <tbody>{budgets.map((b) => <tr key={`${b.scope}:${b.subject}`}><td>{b.scope}</td><td>{b.subject}</td><td>{b.period}</td><td class="num">{b.maxTokens === null ? '—' : int(b.maxTokens)}</td><td class="num">{b.maxUsd === null ? '—' : usd(b.maxUsd)}</td></tr>)}</tbody>
            </table>
          )}
        </Card>
      )}
    </div>
  );
}
