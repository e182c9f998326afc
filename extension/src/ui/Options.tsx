import type { ManagedConfig } from '@protocol-zero/policies';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { StatusView } from '../messaging/protocol';
import { send } from '../messaging/send';
import { KEYS } from '../storage/items';
import { StatusPanel } from './StatusPanel';
import { CSS } from './style';

const FIELDS: [keyof ManagedConfig, string][] = [
  ['collectorUrl', 'Collector URL'],
  ['gatewayUrl', 'Gateway URL'],
  ['enrollmentSecret', 'Enrollment secret'],
  ['policyUrl', 'Policy URL (optional)'],
  ['assistantUrl', 'Company assistant URL (optional)'],
];

/** Settings for unmanaged installs; values IT pushes through policy always win (shown read-only). */
export function Options() {
  const [opts, setOpts] = useState<Record<string, string>>({});
  const [s, setS] = useState<StatusView | null>(null);
  const [saved, setSaved] = useState('');
  useEffect(() => {
    void browser.storage.local.get(KEYS.options).then((r) => setOpts((r[KEYS.options] as Record<string, string>) ?? {}));
    void send('status', {}).then(setS);
  }, []);
  const save = async (e: Event) => {
    e.preventDefault();
    const clean = Object.fromEntries(Object.entries(opts).filter(([, v]) => v.trim() !== ''));
    await browser.storage.local.set({ [KEYS.options]: clean });
    setS(await send('refresh', {}));
    setSaved('Saved.');
  };
  return (
    <main style="max-width: 560px; margin: 2rem auto">
      <style>{CSS}</style>
      <h1>Protocol Zero settings</h1>
      {s && <StatusPanel s={s} />}
      {s?.managed && <p class="warn">Your company manages this extension: its settings win over these.</p>}
      <form onSubmit={save}>
        {FIELDS.map(([k, label]) => (
          <label key={k}>
            {label}
            <input
              name={k}
              type={k === 'enrollmentSecret' ? 'password' : 'url'}
              value={opts[k] ?? ''}
              onInput={(e) => setOpts({ ...opts, [k]: (e.target as HTMLInputElement).value })}
            />
          </label>
        ))}
        <label>
          Telemetry
          <select name="telemetryLevel" value={opts.telemetryLevel ?? 'all'} onChange={(e) => setOpts({ ...opts, telemetryLevel: (e.target as HTMLSelectElement).value })}>
            <option value="all">All decisions (counts only, never text)</option>
            <option value="violations">Only when something was caught</option>
            <option value="off">Off</option>
          </select>
        </label>
        <button type="submit">Save</button> <span role="status">{saved}</span>
      </form>
    </main>
  );
}
