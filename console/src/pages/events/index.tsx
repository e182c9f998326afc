// Decision events, newest first, with the live feed merged in. Users are pseudonymous; revealing
// one needs a reason and is written to the audit log by the collector.
import { useEffect, useState } from 'preact/hooks';
import { api, openLive } from '../../api/client';
import type { EventsResponse, LiveDecision, LiveMessage, RevealResponse, StoredEvent } from '../../api/types';
import { Card, ErrorNote, Loading } from '../../components/ui';
import { shortUser } from '../../format';

// A row is a stored event or a live one, which carries fewer fields (and plain strings).
type Row = LiveDecision & Partial<Omit<StoredEvent, keyof LiveDecision>> & { live?: boolean };
const SEVERITIES = ['', 'low', 'medium', 'high', 'critical'];
const OUTCOMES = ['', 'sent', 'sent_with_justification', 'redacted', 'redirected', 'blocked', 'cancelled'];

/**
 * The identity, once revealed, is kept by the page for every row of that user: asking again for
 * each of their rows would write one audited reveal per row for a single decision to look.
 */
function Reveal({ user, identity, onRevealed }: { user: string; identity: string | undefined; onRevealed: (identity: string) => void }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>();
  if (identity) return <span class="revealed" title="revealed; audited">{identity}</span>;
  if (!open) return <button class="link small" onClick={() => setOpen(true)}>reveal</button>;
  return (
    <span class="inline-edit">
      <input placeholder="reason (min. 10 characters, audited)" value={reason} onInput={(e) => setReason(e.currentTarget.value)} aria-label="Reveal reason" />
      <button disabled={reason.trim().length < 10} onClick={() => void api.post<RevealResponse>('/v1/events/reveal', { user, reason }).then((r) => onRevealed(r.identity), setError)}>Reveal</button>
      <ErrorNote error={error} />
    </span>
  );
}

export function matches(e: Row, f: { appId: string; outcome: string; minSeverity: string }): boolean {
  if (f.appId && e.appId !== f.appId) return false;
  if (f.outcome && e.outcome !== f.outcome) return false;
  if (f.minSeverity && SEVERITIES.indexOf(e.severity) < SEVERITIES.indexOf(f.minSeverity)) return false;
  return true;
}

export default function EventsPage() {
  const [filters, setFilters] = useState({ appId: '', outcome: '', minSeverity: '' });
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState<unknown>();
  const [liveCount, setLiveCount] = useState(0);
  const [connected, setConnected] = useState(false);
  const [identities, setIdentities] = useState<Record<string, string>>({});

  useEffect(() => {
    const q = new URLSearchParams({ limit: '200' });
    for (const [k, v] of Object.entries(filters)) if (v) q.set(k, v);
    setRows(null);
    api.get<EventsResponse>(`/v1/events?${q}`).then((r) => setRows(r.events), setError);
  }, [filters.appId, filters.outcome, filters.minSeverity]);

  useEffect(() => openLive((m) => {
    const msg = m as LiveMessage;
    if (msg.type === 'hello') setConnected(true);
    if (msg.type !== 'decisions') return;
    const fresh = msg.events.filter((e: LiveDecision) => matches(e, filters)).map((e) => ({ ...e, live: true }));
    setLiveCount((n) => n + msg.events.length);
    if (fresh.length) setRows((cur) => [...fresh.reverse(), ...(cur ?? []).filter((r) => !fresh.some((f) => f.id === r.id))].slice(0, 500));
  }), [filters.appId, filters.outcome, filters.minSeverity]);

  const set = (k: keyof typeof filters) => (e: Event) => setFilters({ ...filters, [k]: (e.currentTarget as HTMLInputElement).value });
  return (
    <Card wide title="Decisions" actions={
      <>
        <span class={`live-dot ${connected ? 'on' : ''}`} data-testid="live-status">{connected ? `live · ${liveCount} new` : 'connecting…'}</span>
        <input placeholder="app id" value={filters.appId} onChange={set('appId')} aria-label="Filter by app" />
        <select value={filters.outcome} onChange={set('outcome')} aria-label="Filter by outcome">{OUTCOMES.map((o) => <option key={o} value={o}>{o || 'any outcome'}</option>)}</select>
        <select value={filters.minSeverity} onChange={set('minSeverity')} aria-label="Minimum severity">{SEVERITIES.map((s) => <option key={s} value={s}>{s ? `≥ ${s}` : 'any severity'}</option>)}</select>
      </>
    }>
      <ErrorNote error={error} />
      {!rows ? <Loading what="events" /> : (
        <table class="table" data-testid="events-table">
          <thead><tr><th>When</th><th>User</th><th>Dept</th><th>App</th><th>Action</th><th>Outcome</th><th>Severity</th><th>Classes</th><th>Rule</th></tr></thead>
          <tbody>
            {rows.map((e) => (
              <tr key={e.id} class={e.live ? 'live' : ''} data-event={e.id}>
                <td>{new Date(e.occurredAt).toLocaleString()}</td>
                <td><code title={e.user}>{shortUser(e.user)}</code> <Reveal user={e.user} identity={identities[e.user]} onRevealed={(identity) => setIdentities((m) => ({ ...m, [e.user]: identity }))} /></td>
                <td>{e.department ?? '—'}</td>
                <td>{e.appId}</td>
                <td>{e.action}</td>
                <td><span class={`outcome outcome-${e.outcome}`}>{e.outcome.replace(/_/g, ' ')}</span></td>
                <td><span class={`sev sev-${e.severity}`}>{e.severity}</span></td>
                <td>{(e.classes ?? []).join(', ') || '—'}</td>
                <td>{e.ruleId ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}
