// Every AI app seen by extensions or sensors, with usage, vendor risk and sanction status. Admins
// change the status here; the collector publishes a policy version and records it in the audit log.
import { useState } from 'preact/hooks';
import { api, type Session } from '../../api/client';
import type { AppRow, AppsResponse } from '../../api/types';
import { Card, ErrorNote, Loading, Tier, useLoad } from '../../components/ui';
import { bytes, int, pct } from '../../format';

const TIERS = ['sanctioned', 'tolerated', 'unsanctioned', 'blocked'] as const;

function SanctionEditor({ app, onSaved }: { app: AppRow; onSaved: () => void }) {
  const [tier, setTier] = useState<string>(app.tier);
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>();
  const save = async () => {
    setError(undefined);
    try {
      await api.put(`/v1/apps/${encodeURIComponent(app.appId)}/sanction`, { tier, note });
      setNote('');
      onSaved();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <div class="inline-edit">
      <select value={tier} onChange={(e) => setTier(e.currentTarget.value)} aria-label={`Tier for ${app.name}`}>
        {TIERS.map((t) => <option key={t} value={t}>{t}</option>)}
      </select>
      <input placeholder="reason (audited)" value={note} onInput={(e) => setNote(e.currentTarget.value)} aria-label={`Reason for ${app.name}`} />
      <button disabled={!note.trim() || tier === app.tier} onClick={() => void save()}>Save</button>
      <ErrorNote error={error} />
    </div>
  );
}

export default function AppsPage({ session }: { session: Session }) {
  const [days, setDays] = useState(30);
  const [data, error, reload] = useLoad(() => api.get<AppsResponse>(`/v1/apps?days=${days}`), [days]);
  const [filter, setFilter] = useState('');
  if (error) return <ErrorNote error={error} />;
  if (!data) return <Loading what="apps" />;
  const admin = session.user.role === 'admin';
  const apps = data.apps.filter((a) => !filter || `${a.name} ${a.vendor} ${a.tier}`.toLowerCase().includes(filter.toLowerCase()));
  return (
    <div class="grid">
      <Card wide title={`${data.apps.length} AI apps since ${data.from}`} actions={
        <>
          <input placeholder="Filter" value={filter} onInput={(e) => setFilter(e.currentTarget.value)} aria-label="Filter apps" />
          <select value={days} onChange={(e) => setDays(Number(e.currentTarget.value))} aria-label="Period">
            {[7, 30, 90].map((d) => <option key={d} value={d}>{d} days</option>)}
          </select>
        </>
      }>
        <table class="table" data-testid="apps-table">
          <thead><tr><th>App</th><th>Category</th><th class="num">Users</th><th class="num">Net clients</th><th class="num">Prompts</th><th class="num">Redirected</th><th class="num">Bytes</th><th class="num">Vendor risk</th><th>Seen by</th><th>Status</th>{admin && <th>Change status</th>}</tr></thead>
          <tbody>
            {apps.map((a) => (
              <tr key={a.appId} data-app={a.appId}>
                <td><b>{a.name}</b><div class="muted small">{a.vendor}{a.catalogued ? '' : ' · not in catalog'}</div></td>
                <td>{a.category.replace(/_/g, ' ')}</td>
                <td class="num">{int(a.users)}</td>
                <td class="num">{int(a.clients)}</td>
                <td class="num">{int(a.events)}</td>
                <td class="num">{int(a.redirected)}</td>
                <td class="num">{bytes(a.bytes)}</td>
                <td class="num">{a.vendorRisk === null ? '—' : <span class={a.vendorRisk > 0.6 ? 'bad' : a.vendorRisk < 0.35 ? 'good' : ''}>{pct(a.vendorRisk)}</span>}</td>
                <td>{a.sources.join(', ')}</td>
                <td><Tier tier={a.tier} />{a.override && <div class="muted small" title={a.override.note}>by {a.override.updatedBy}</div>}</td>
                {admin && <td><SanctionEditor app={a} onSaved={reload} /></td>}
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      {data.unknownHosts.length > 0 && (
        <Card wide title="AI-looking hosts not in the catalog">
          <table class="table"><thead><tr><th>Host</th><th>Why</th><th class="num">Hits</th><th>Last seen</th></tr></thead>
            <tbody>{data.unknownHosts.map((h) => <tr key={h.host}><td>{h.host}</td><td>{h.reason}</td><td class="num">{int(h.hits)}</td><td>{h.lastSeen.slice(0, 10)}</td></tr>)}</tbody>
          </table>
        </Card>
      )}
    </div>
  );
}
