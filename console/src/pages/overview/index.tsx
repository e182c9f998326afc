// The CAIO's first screen: exposure in dollars with its range and trend, where it comes from, and
// how well redirection is being adopted — plus what-ifs that re-run the model.
import type { ExposureOverview } from '@protocol-zero/policies';
import { api } from '../../api/client';
import { ChartView } from '../../components/chart';
import { Card, ErrorNote, Kpi, Loading, useLoad } from '../../components/ui';
import { int, label, pct, usd, usdShort } from '../../format';
import { WhatIfPanel } from './what-if';

const BLUE = '#335c99';
const ORANGE = '#c2410c';
const GREEN = '#15803d';
const GREY = '#9aa3b2';

export default function OverviewPage() {
  const [o, error] = useLoad(() => api.get<ExposureOverview>('/v1/exposure/overview'));
  if (error) return <ErrorNote error={error} />;
  if (!o) return <Loading what="exposure" />;
  const r = o.current?.result;
  const name = (k: string) => o.appNames[k] ?? k;
  return (
    <div class="grid">
      <div class="kpis wide">
        <Kpi testId="exposure-mean" label="Annualised exposure" value={usdShort(r?.meanUsd ?? 0)} note={`${usd(r?.p10Usd ?? 0)} – ${usd(r?.p90Usd ?? 0)} (P10–P90)`} />
        <Kpi label="Expected loss events / yr" value={(r?.expectedLossEvents ?? 0).toFixed(1)} note={`${int(r?.exposuresPerYear ?? 0)} sensitive prompts / yr`} />
        <Kpi testId="redirect-rate" label="Redirect adoption" value={pct(o.avoided.redirectRate)} note={`${int(o.avoided.redirectedPrompts)} prompts redirected in 30 days`} />
        <Kpi label="Avoided by controls" value={usdShort(o.avoided.meanUsd)} note={`${usdShort(o.avoided.redirectionUsd)} by redirection, ${usdShort(o.avoided.blockingUsd)} by blocking, per year`} />
        <Kpi label="AI apps seen" value={String(o.apps.seen)} note={`${o.apps.unsanctioned} unsanctioned · ${o.apps.sanctioned} sanctioned`} />
      </div>

      <Card title="Exposure trend (weekly, annualised)">
        <ChartView label="Weekly exposure trend" config={{
          type: 'line',
          data: {
            labels: o.trend.map((t) => new Date(t.windowEnd).toLocaleDateString('en-US', { month: 'short', day: 'numeric' })),
            datasets: [
              { label: 'P90', data: o.trend.map((t) => t.p90Usd), borderColor: 'transparent', backgroundColor: 'rgba(51,92,153,0.15)', fill: '+1', pointRadius: 0 },
              { label: 'P10', data: o.trend.map((t) => t.p10Usd), borderColor: 'transparent', pointRadius: 0, fill: false },
              { label: 'Mean', data: o.trend.map((t) => t.meanUsd), borderColor: BLUE, backgroundColor: BLUE, tension: 0.25 },
            ],
          },
          options: { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { callback: (v) => usdShort(Number(v)) } } } },
        }} />
      </Card>

      <Card title="Redirect adoption (sensitive prompts per day)">
        <ChartView label="Redirect adoption per day" config={{
          type: 'bar',
          data: {
            labels: o.adoption.map((d) => d.day.slice(5)),
            datasets: [
              { label: 'Redirected', data: o.adoption.map((d) => d.redirected), backgroundColor: GREEN, stack: 's' },
              { label: 'Blocked / redacted', data: o.adoption.map((d) => d.blocked), backgroundColor: GREY, stack: 's' },
              { label: 'Sent anyway', data: o.adoption.map((d) => d.sent), backgroundColor: ORANGE, stack: 's' },
            ],
          },
          options: { plugins: { legend: { position: 'bottom' } }, scales: { x: { stacked: true }, y: { stacked: true } } },
        }} />
      </Card>

      <Card title="Top apps by exposure">
        <ChartView label="Top apps by exposure" height={260} config={{
          type: 'bar',
          data: { labels: (r?.byApp ?? []).slice(0, 8).map((a) => name(a.key)), datasets: [{ label: 'Annual exposure', data: (r?.byApp ?? []).slice(0, 8).map((a) => Math.round(a.meanUsd)), backgroundColor: BLUE }] },
          options: { indexAxis: 'y', plugins: { legend: { display: false }, tooltip: { callbacks: { label: (c) => usd(Number(c.raw)) } } }, scales: { x: { ticks: { callback: (v) => usdShort(Number(v)) } } } },
        }} />
        <ol class="top" data-testid="top-apps">{(r?.byApp ?? []).slice(0, 5).map((a) => <li key={a.key}><span>{name(a.key)}</span><b>{usd(a.meanUsd)}</b><i>{pct(a.share)}</i></li>)}</ol>
      </Card>

      <Card title="Top departments by exposure">
        <ChartView label="Top departments by exposure" height={260} config={{
          type: 'bar',
          data: { labels: (r?.byDepartment ?? []).slice(0, 8).map((d) => label(d.key)), datasets: [{ label: 'Annual exposure', data: (r?.byDepartment ?? []).slice(0, 8).map((d) => Math.round(d.meanUsd)), backgroundColor: ORANGE }] },
          options: { indexAxis: 'y', plugins: { legend: { display: false } }, scales: { x: { ticks: { callback: (v) => usdShort(Number(v)) } } } },
        }} />
        <ol class="top" data-testid="top-departments">{(r?.byDepartment ?? []).slice(0, 5).map((d) => <li key={d.key}><span>{label(d.key)}</span><b>{usd(d.meanUsd)}</b><i>{pct(d.share)}</i></li>)}</ol>
      </Card>

      <Card title="Loss exceedance (chance a year's loss exceeds X)">
        <ChartView label="Loss exceedance curve" config={{
          type: 'line',
          data: { labels: (r?.curve ?? []).map((c) => usdShort(c.lossUsd)), datasets: [{ label: 'P(loss > X)', data: (r?.curve ?? []).map((c) => c.probability * 100), borderColor: BLUE, pointRadius: 0, tension: 0.2 }] },
          options: { plugins: { legend: { display: false } }, scales: { y: { min: 0, max: 100, ticks: { callback: (v) => `${v}%` } }, x: { ticks: { maxTicksLimit: 8 } } } },
        }} />
      </Card>

      <WhatIfPanel overview={o} />
      <p class="muted wide">Model run {o.current?.id.slice(0, 8)} · {int(r?.trials ?? 0)} trials · computed {o.current ? new Date(o.current.computedAt).toLocaleString() : '—'} · {label(o.profile.industry)}, {o.profile.regimes.map((x) => x.toUpperCase()).join(', ')}</p>
    </div>
  );
}
