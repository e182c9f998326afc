import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { StatusView } from '../messaging/protocol';
import { send } from '../messaging/send';
import { StatusPanel } from './StatusPanel';
import { CSS } from './style';

export function Popup() {
  const [s, setS] = useState<StatusView | null>(null);
  const load = async () => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    setS(await send('status', tab?.id !== undefined ? { tabId: tab.id } : {}));
  };
  useEffect(() => void load(), []);
  if (!s) return <p>Loading…</p>;
  return (
    <main style="width: 340px">
      <style>{CSS}</style>
      <h1>Protocol Zero</h1>
      <StatusPanel s={s} />
      <h2>On this page</h2>
      {s.page.length === 0 ? (
        <p data-testid="pz-page-empty">Nothing caught on this page.</p>
      ) : (
        <ul data-testid="pz-page">
          {s.page.map((e) => (
            <li key={e.at}>
              {e.channel}: {e.words} → {e.outcome.replace(/_/g, ' ')}
            </li>
          ))}
        </ul>
      )}
      <p class="row">
        {s.assistantUrl && <a href={s.assistantUrl} target="_blank" rel="noreferrer">Open the company assistant</a>}
        <button onClick={() => void send('flush', {}).then(load)}>Send telemetry now</button>
        <button onClick={() => void send('refresh', {}).then(setS)}>Refresh policy</button>
      </p>
    </main>
  );
}
