// The company assistant (employee role): redeems a hand-off token from the URL fragment, shows what
// was scrubbed, sends it through the gateway, streams the restored answer and keeps the
// conversation. Only placeholders ever reach the model; the real values stay in the company.
import type { GatewayStatus, HandoffRedeemResponse } from '@protocol-zero/policies';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, type Session } from '../../api/client';
import { Card, ErrorNote } from '../../components/ui';
import { alignOriginal, tokenFromHash } from './align';
import { citationLabel, sendTurn, type Turn } from './chat';

const STORE = 'pz.assistant';

interface Saved {
  conversationId: string;
  turns: Turn[];
  redeemed?: HandoffRedeemResponse;
}

function load(): Saved {
  try {
    const s = JSON.parse(sessionStorage.getItem(STORE) ?? 'null') as Saved | null;
    if (s?.conversationId) return s;
  } catch { /* fresh */ }
  return { conversationId: crypto.randomUUID(), turns: [] };
}

function Scrubbed({ r }: { r: HandoffRedeemResponse }) {
  const segs = alignOriginal(r.prompt, r.scrubbed, r.placeholders);
  return (
    <Card title="What stays in the company" wide>
      <p data-testid="assistant-original">
        {segs.map((s, i) => (s.span ? <mark key={i} title={`${s.span.entity} → sent as ${s.span.placeholder}`}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
      </p>
      <details>
        <summary>What the model sees ({r.placeholders.length} replaced)</summary>
        <pre data-testid="assistant-scrubbed">{r.scrubbed}</pre>
      </details>
    </Card>
  );
}

export default function AssistantPage(_props: { session: Session }) {
  const [state, setState] = useState<Saved>(load);
  const [draft, setDraft] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [status, setStatus] = useState<GatewayStatus>();
  const redeeming = useRef(false);

  useEffect(() => sessionStorage.setItem(STORE, JSON.stringify(state)), [state]);
  useEffect(() => void api.get<GatewayStatus>('/v1/gateway/status').then(setStatus, setError), []);
  useEffect(() => {
    const token = tokenFromHash(location.hash);
    if (!token || redeeming.current) return;
    redeeming.current = true;
    // Take the token out of the address bar and history at once: it is single-use anyway.
    history.replaceState(null, '', `${location.pathname}${location.search}#/assistant`);
    api.post<HandoffRedeemResponse>('/v1/handoff/redeem', { token }).then(
      (r) => {
        setState({ conversationId: r.conversationId, turns: [], redeemed: r });
        setDraft(r.prompt);
      },
      setError,
    );
  }, []);

  async function send() {
    const text = draft.trim();
    if (!text || busy) return;
    setBusy(true);
    setError(undefined);
    setDraft('');
    const turns: Turn[] = [...state.turns, { role: 'user', text }];
    setState((s) => ({ ...s, turns: [...turns, { role: 'assistant', text: '' }] }));
    try {
      const { invented, citations } = await sendTurn(state.conversationId, turns, (delta) =>
        setState((s) => {
          const all = [...s.turns];
          const last = all[all.length - 1]!;
          all[all.length - 1] = { ...last, text: last.text + delta };
          return { ...s, turns: all };
        }),
      );
      if (invented.length || citations.length) setState((s) => ({ ...s, turns: s.turns.map((t, i) => (i === s.turns.length - 1 ? { ...t, invented, citations } : t)) }));
    } catch (e) {
      setError(e);
      setState((s) => ({ ...s, turns: turns.slice(0, -1) }));
      setDraft(text);
    } finally {
      setBusy(false);
    }
  }

  async function forget() {
    await api.del(`/v1/gateway/conversations/${state.conversationId}`).catch(() => undefined);
    setState({ conversationId: crypto.randomUUID(), turns: [] });
  }

  return (
    <div class="grid assistant">
      {status && !status.configured && <div class="error" role="alert" data-testid="assistant-no-model">{status.message}</div>}
      {state.redeemed && <Scrubbed r={state.redeemed} />}
      <Card title="Company assistant" wide actions={<button type="button" onClick={forget} disabled={busy}>New conversation</button>}>
        <ol class="chat" data-testid="assistant-turns">
          {state.turns.map((t, i) => (
            <li key={i} class={`turn turn-${t.role}`}>
              <div class="turn-text">{t.text || (busy && i === state.turns.length - 1 ? '…' : '')}</div>
              {t.citations?.length ? (
                <ol class="citations muted" data-testid="assistant-citations">
                  {t.citations.map((c) => (
                    <li key={c.n} value={c.n} title={c.source}>
                      {citationLabel(c)}
                      {c.flagged ? ' (contained instructions: quoted, not followed)' : ''}
                    </li>
                  ))}
                </ol>
              ) : null}
              {t.invented?.length ? <div class="warn">The answer mentions {t.invented.join(', ')}, which the assistant never sent: it may be made up.</div> : null}
            </li>
          ))}
        </ol>
        <ErrorNote error={error} />
        <form onSubmit={(e) => { e.preventDefault(); void send(); }}>
          <textarea data-testid="assistant-input" rows={5} value={draft} onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)} placeholder="Ask the company assistant…" />
          <button type="submit" disabled={busy || !draft.trim()} data-testid="assistant-send">{busy ? 'Answering…' : 'Send'}</button>
        </form>
        <p class="muted">Names, contacts, identifiers and secrets are replaced before anything leaves the company and put back in the answer.</p>
      </Card>
    </div>
  );
}
