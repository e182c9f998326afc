// The company assistant's gateway: requests, tokens and cost per day, model and department, and
// the budgets that cap them.
import type { GatewayUsage } from '@protocol-zero/policies';
import { api, type Session } from '../../api/client';
import type { Budget } from '../../api/types';
import { ChartView } from '../../components/chart';
import { Card, ErrorNote, Kpi, Loading, useLoad } from '../../components/ui';
import { int, pct, usd } from '../../format';
import { budgetShare, departmentLabel } from './budget';

export default function GatewayPage({ session }: { session: Session }) {
  const [u, error] = useLoad(() => api.get<GatewayUsage>('/v1/gateway/usage?days=30'));
  const security = session.user.role !== 'executive';
  const [budgets] = useLoad(() => (security ? api.get<Budget[]>('/v1/gateway/budgets') : Promise.resolve([] as Budget[])));
  if (error) return <ErrorNote error={error} />;
  if (!u) return <Loading what="gateway usage" />;
  const total = u.byDay.reduce((s, d) => ({ requests: s.requests + d.requests, tokens: s.tokens + d.tokens, cost: s.cost + d.costUsd, refused: s.refused + d.refused }), { requests: 0, tokens: 0, cost: 0, refused: 0 });
  const depts = u.byDepartment;
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
      <Card title="Cost per department (30 days)">
        <ChartView label="Gateway cost per department" config={{ type: 'doughnut', data: { labels: depts.map(departmentLabel), datasets: [{ data: depts.map((d) => Number(d.costUsd.toFixed(4))) }] }, options: { plugins: { legend: { position: 'right' } } } }} />
      </Card>
      <Card wide title="Departments: usage and budgets">
        {depts.length === 0 ? <p class="muted">No gateway requests in the period.</p> : (
          <table class="table" data-testid="gateway-departments">
            <thead><tr><th>Department</th><th class="num">Requests</th><th class="num">Tokens</th><th class="num">Cost</th><th>Budget</th><th class="num">Used this period</th></tr></thead>
            <tbody>{depts.map((d) => {
              const b = d.budget;
              const share = b ? budgetShare(b) : 0;
              return (
                <tr key={departmentLabel(d)} data-department={departmentLabel(d)}>
                  <td>{departmentLabel(d)}</td>
                  <td class="num">{int(d.requests)}</td>
                  <td class="num">{int(d.tokens)}</td>
                  <td class="num">{usd(d.costUsd)}</td>
                  <td>{b ? [b.maxTokens !== null && `${int(b.maxTokens)} tokens`, b.maxUsd !== null && usd(b.maxUsd)].filter(Boolean).join(' · ') + ` per ${b.period}` : <span class="muted">none</span>}</td>
                  <td class="num">{b ? <span class={share >= 1 ? 'bad' : ''} title={`${int(b.usedTokens)} tokens · ${usd(b.usedUsd)}`}>{pct(share)}</span> : '—'}</td>
                </tr>
              );
            })}</tbody>
          </table>
        )}
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
