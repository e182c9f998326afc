// The usage policy: view, edit (validated in the browser with the same schema the collector uses),
// simulate a draft over the last 30 days of decisions, publish a new version, browse the history.
import type { PolicyDocument } from '@protocol-zero/policies';
import { parsePolicyYaml } from '@protocol-zero/policies/policy/load';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { stringify } from 'yaml';
import { api, type Session } from '../../api/client';
import type { Simulation, VersionSummary } from '../../api/types';
import { Card, ErrorNote, Loading, useLoad } from '../../components/ui';
import { int } from '../../format';

export default function PolicyPage({ session }: { session: Session }) {
  const [current, error, reload] = useLoad(() => api.get<PolicyDocument>('/v1/policy'));
  const [versions, , reloadVersions] = useLoad(() => api.get<{ versions: VersionSummary[] }>('/v1/policies/versions'));
  const [text, setText] = useState('');
  const [comment, setComment] = useState('');
  const [sim, setSim] = useState<Simulation | null>(null);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<unknown>();
  const [saved, setSaved] = useState<number | null>(null);
  const [viewing, setViewing] = useState<PolicyDocument | null>(null);

  useEffect(() => { if (current) setText(stringify(current.policy)); }, [current?.etag]);
  const parsed = useMemo(() => (text ? parsePolicyYaml(text) : null), [text]);
  const dirty = current ? text !== stringify(current.policy) : false;
  const admin = session.user.role === 'admin';

  const run = async (f: () => Promise<void>) => {
    setBusy(true);
    setActionError(undefined);
    try { await f(); } catch (e) { setActionError(e); } finally { setBusy(false); }
  };
  const simulate = () => run(async () => setSim(await api.post<Simulation>('/v1/policies/simulate', { draft: { yaml: text }, days: 30 })));
  const publish = () => run(async () => {
    const doc = await api.post<PolicyDocument>('/v1/policies/versions', { draft: { yaml: text }, comment, baseVersion: current?.version });
    setSaved(doc.version);
    setComment('');
    setSim(null);
    reload();
    reloadVersions();
  });

  if (error) return <ErrorNote error={error} />;
  if (!current) return <Loading what="policy" />;
  return (
    <div class="grid">
      <Card wide title={`Version ${current.version} · by ${current.createdBy} · ${new Date(current.createdAt).toLocaleString()}`}>
        <textarea class="code" spellcheck={false} value={text} onInput={(e) => setText(e.currentTarget.value)} aria-label="Policy YAML" rows={22} />
        <div class="validation" data-testid="policy-validation">
          {parsed?.ok ? <span class="good">Valid policy{dirty ? ' (edited)' : ''}</span> : (
            <ul class="bad">{parsed?.issues.map((i, k) => <li key={k}><code>{i.path || '(root)'}</code> {i.message}</li>)}</ul>
          )}
        </div>
        <div class="row">
          <button disabled={!parsed?.ok || busy} onClick={() => void simulate()}>Simulate over last 30 days</button>
          {admin && (
            <>
              <input placeholder="change comment (audited)" value={comment} onInput={(e) => setComment(e.currentTarget.value)} aria-label="Change comment" />
              <button disabled={!parsed?.ok || !dirty || !comment.trim() || busy} onClick={() => void publish()}>Publish new version</button>
            </>
          )}
          {saved !== null && <span class="good" data-testid="policy-saved">Published version {saved}</span>}
        </div>
        <ErrorNote error={actionError} />
      </Card>

      {sim && (
        <Card wide title="Simulation: this draft over the last 30 days">
          <p data-testid="simulation-summary"><b>{int(sim.changed)}</b> of {int(sim.evaluated)} decisions would change{sim.truncated ? ' (first 200,000 only)' : ''}.</p>
          {sim.transitions.length > 0 && (
            <table class="table"><thead><tr><th>Was</th><th>Would be</th><th class="num">Decisions</th></tr></thead>
              <tbody>{sim.transitions.map((t) => <tr key={`${t.from}>${t.to}`}><td>{t.from}</td><td>{t.to}</td><td class="num">{int(t.count)}</td></tr>)}</tbody>
            </table>
          )}
          {sim.byApp.filter((a) => a.changed > 0).length > 0 && <p class="muted">Most affected apps: {sim.byApp.filter((a) => a.changed > 0).slice(0, 5).map((a) => `${a.appId} (${a.changed})`).join(', ')}</p>}
        </Card>
      )}

      <Card wide title="Version history">
        {!versions ? <Loading what="versions" /> : (
          <table class="table" data-testid="policy-versions">
            <thead><tr><th>Version</th><th>When</th><th>By</th><th>Comment</th><th /></tr></thead>
            <tbody>{versions.versions.map((v) => (
              <tr key={v.version}><td>v{v.version}</td><td>{new Date(v.createdAt).toLocaleString()}</td><td>{v.createdBy}</td><td>{v.comment || '—'}</td>
                <td><button class="link small" onClick={() => void api.get<PolicyDocument>(`/v1/policies/versions/${v.version}`).then(setViewing, setActionError)}>view</button></td></tr>
            ))}</tbody>
          </table>
        )}
        {viewing && <pre class="code small">{stringify(viewing.policy)}</pre>}
      </Card>
    </div>
  );
}
