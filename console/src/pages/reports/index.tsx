// One click to the board report (PDF), and the same tables as CSV/XLSX for the CFO's analysts.
import type { ExposureOverview } from '@protocol-zero/policies';
import { useState } from 'preact/hooks';
import { api, type Session } from '../../api/client';
import { Card, ErrorNote, Kpi, Loading, useLoad } from '../../components/ui';
import { usd } from '../../format';

const TABLES = ['apps', 'departments', 'classes', 'curve', 'trend', 'assumptions'] as const;

export default function ReportsPage({ session }: { session: Session }) {
  const [o, error, reload] = useLoad(() => api.get<ExposureOverview>('/v1/exposure/overview'));
  const [status, setStatus] = useState('');
  const [err, setErr] = useState<unknown>();
  const day = new Date().toISOString().slice(0, 10);
  const get = (path: string, file: string) => {
    setErr(undefined); // a failed download's message must not linger next to the next success
    setStatus(`Preparing ${file}…`);
    api.download(path, file).then((size) => setStatus(`Downloaded ${file} (${Math.round(size / 1024)} KB)`), (e) => { setStatus(''); setErr(e); });
  };
  const recompute = () => api.post('/v1/exposure/recompute').then(() => { setStatus('Exposure recomputed'); reload(); }, setErr);
  if (error) return <ErrorNote error={error} />;
  if (!o) return <Loading what="report data" />;
  const r = o.current?.result;
  return (
    <div class="grid">
      <Card wide title="Board report">
        <p>A four-page PDF for the board: exposure in dollars with its range and method in plain words, the trend since the interim policy went live, top risks, what redirection and blocking have avoided, the AI inventory, recommendations, and an appendix of assumptions and sources.</p>
        <div class="kpis">
          <Kpi label="Annualised exposure" value={usd(r?.meanUsd ?? 0)} note={`P10 ${usd(r?.p10Usd ?? 0)} · P90 ${usd(r?.p90Usd ?? 0)}`} />
          <Kpi label="Avoided by controls" value={usd(o.avoided.meanUsd)} note={`${usd(o.avoided.redirectionUsd)} redirection · ${usd(o.avoided.blockingUsd)} blocking`} />
        </div>
        <div class="row wrap">
          <button onClick={() => get('/v1/reports/board.pdf', `ai-exposure-board-report-${day}.pdf`)} data-testid="download-pdf">Download board report (PDF)</button>
          <button class="secondary" onClick={() => get('/v1/reports/tables.xlsx', `ai-exposure-tables-${day}.xlsx`)}>All tables (XLSX)</button>
          {session.user.role !== 'executive' && <button class="secondary" onClick={() => void recompute()}>Recompute now</button>}
        </div>
        <p class="muted">CSV: {TABLES.map((t) => <button key={t} class="link" onClick={() => get(`/v1/reports/tables/${t}`, `${t}-${day}.csv`)}>{t}</button>)}</p>
        {status && <p class="good" data-testid="report-status">{status}</p>}
        <ErrorNote error={err} />
      </Card>
    </div>
  );
}
