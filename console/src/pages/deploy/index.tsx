// IT's page: enrollment secrets for managed config, MDM kit downloads (all embed the tenant's current
// kit secret until an admin rotates it), sensor API tokens and enrolled devices. Secrets are shown once, at creation.
import { useState } from 'preact/hooks';
import { api } from '../../api/client';
import type { Credential } from '../../api/types';
import { Card, ErrorNote, Loading, useLoad } from '../../components/ui';

const KITS = [
  ['chrome-json', 'Chrome policy (JSON)', 'pz-chrome-policy.json'], ['edge-json', 'Edge policy (JSON)', 'pz-edge-policy.json'],
  ['chrome-reg', 'Chrome (.reg)', 'pz-chrome.reg'], ['edge-reg', 'Edge (.reg)', 'pz-edge.reg'],
  ['mobileconfig', 'macOS profile (.mobileconfig)', 'pz.mobileconfig'], ['firefox-json', 'Firefox policies.json', 'policies.json'], ['guide', 'Deployment guide', 'pz-deployment-guide.md'],
] as const;

function Credentials({ title, path, field }: { title: string; path: string; field: 'secrets' | 'tokens' }) {
  const [data, error, reload] = useLoad(() => api.get<Record<string, Credential[]>>(path));
  const [label, setLabel] = useState('');
  const [fresh, setFresh] = useState<string>();
  const [err, setErr] = useState<unknown>();
  const create = () => api.post<{ secret?: string; token?: string }>(path, { label }).then((r) => { setFresh(r.secret ?? r.token); setLabel(''); reload(); }, setErr);
  const revoke = (id: string) => api.del(`${path}/${id}`).then(reload, setErr);
  return (
    <Card title={title}>
      <ErrorNote error={error ?? err} />
      <div class="row">
        <input placeholder="label" value={label} onInput={(e) => setLabel(e.currentTarget.value)} aria-label={`${title} label`} />
        <button disabled={!label.trim()} onClick={() => void create()}>Create</button>
      </div>
      {fresh && <div class="secret" data-testid="fresh-secret">Copy it now, it is not shown again: <code>{fresh}</code></div>}
      {!data ? <Loading what={title} /> : (
        <table class="table"><thead><tr><th>Label</th><th>Created</th><th>Status</th><th /></tr></thead>
          <tbody>{(data[field] ?? []).map((c) => (
            <tr key={c.id}><td>{c.label}</td><td>{c.createdAt.slice(0, 10)}</td><td>{c.revoked ? 'revoked' : 'active'}</td>
              <td>{!c.revoked && <button class="link small" onClick={() => void revoke(c.id)}>revoke</button>}</td></tr>
          ))}</tbody>
        </table>
      )}
    </Card>
  );
}

export default function DeployPage() {
  const [dept, setDept] = useState('');
  const [err, setErr] = useState<unknown>();
  const [done, setDone] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [rotated, setRotated] = useState('');
  // A download may mint the first kit secret and a rotation replaces it: the secrets list is read again after either.
  const [kitChanges, setKitChanges] = useState(0);
  const [devices] = useLoad(() => api.get<{ devices: { deviceId: string; browser: string; extensionVersion: string; lastSeenAt: string }[] }>('/v1/deploy/devices?limit=50'));
  const download = (kind: string, file: string) => {
    const q = new URLSearchParams(dept ? { department: dept } : {});
    api.download(`/v1/deploy/mdm-kit/${kind}?${q}`, file).then((size) => { setDone(`${file} (${size} bytes)`); setKitChanges((n) => n + 1); }, setErr);
  };
  const rotate = () => {
    setConfirming(false);
    api.post<{ secretId: string; previousSecretId: string | null }>('/v1/deploy/mdm-kit/rotate').then(
      () => { setRotated('Rotated: new downloads carry a new secret; browsers enrolled with the old one keep their device tokens.'); setKitChanges((n) => n + 1); },
      setErr,
    );
  };
  return (
    <div class="grid">
      <Card wide title="MDM kit">
        <p class="muted">Every download carries the tenant's current kit secret (listed below as “mdm-kit”), so files pushed at different times enroll alike. Push the file with your MDM to force-install the extension with managed settings. Rotate if a file leaked: the old secret stops enrolling new browsers.</p>
        <div class="row"><input placeholder="department (optional)" value={dept} onInput={(e) => setDept(e.currentTarget.value)} aria-label="Department" /></div>
        <div class="row wrap">{KITS.map(([kind, title, file]) => <button key={kind} class="secondary" onClick={() => download(kind, file)}>{title}</button>)}</div>
        {done && <p class="good" data-testid="kit-downloaded">Downloaded {done}</p>}
        <div class="row">
          {!confirming ? <button class="secondary" onClick={() => setConfirming(true)}>Rotate kit secret</button> : (
            <>
              <span>Revoke the current kit secret and embed a new one in later downloads?</span>
              <button onClick={rotate}>Confirm rotate</button>
              <button class="link" onClick={() => setConfirming(false)}>Keep it</button>
            </>
          )}
        </div>
        {rotated && <p class="good" data-testid="kit-rotated">{rotated}</p>}
        <ErrorNote error={err} />
      </Card>
      <Credentials key={`secrets-${kitChanges}`} title="Enrollment secrets" path="/v1/deploy/enrollment-secrets" field="secrets" />
      <Credentials title="Sensor tokens" path="/v1/deploy/sensor-tokens" field="tokens" />
      <Card wide title="Enrolled browsers">
        {!devices ? <Loading what="devices" /> : (
          <table class="table"><thead><tr><th>Device</th><th>Browser</th><th>Extension</th><th>Last seen</th></tr></thead>
            <tbody>{devices.devices.map((d) => <tr key={d.deviceId}><td><code>{d.deviceId}</code></td><td>{d.browser}</td><td>{d.extensionVersion}</td><td>{new Date(d.lastSeenAt).toLocaleString()}</td></tr>)}</tbody>
          </table>
        )}
      </Card>
    </div>
  );
}
