import type { Action, Channel } from '@protocol-zero/policies';
import { useEffect, useRef, useState } from 'preact/hooks';

export type Choice = { kind: 'send'; justification?: string } | { kind: 'redact' } | { kind: 'redirect' } | { kind: 'cancel' } | { kind: 'ok' };

export interface OverlayProps {
  action: Exclude<Action, 'allow'> | 'error';
  /** Plain words, content-free: "2 email addresses and an AWS key". */
  words: string;
  message?: string;
  channel: Channel;
  requireJustification: boolean;
  /** False when no gateway is configured: the assistant button is not offered. */
  canRedirect: boolean;
  onChoice: (c: Choice) => void;
}

const WHAT: Record<Channel, string> = { prompt: 'This prompt', paste: 'What you pasted', drop: 'The dropped content', upload: 'The file you chose' };

const TITLES: Record<OverlayProps['action'], string> = {
  block: 'Not sent',
  coach: 'Check before you send',
  redact: 'Sensitive details replaced',
  redirect: 'Use the company assistant for this',
  error: 'The company assistant could not be reached',
};

/** Keyboard first: the first action has focus, Tab stays inside, Escape cancels. */
export function Overlay(p: OverlayProps) {
  const [why, setWhy] = useState('');
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    root.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, []);
  const onKey = (e: KeyboardEvent) => {
    e.stopPropagation(); // the page must not see keys typed in the dialog
    if (e.key === 'Escape') p.onChoice({ kind: 'cancel' });
    if (e.key !== 'Tab' || !root.current) return;
    const items = [...root.current.querySelectorAll<HTMLElement>('button:not([disabled]), textarea')];
    const active = (root.current.getRootNode() as ShadowRoot).activeElement;
    const i = items.indexOf(active as HTMLElement);
    const next = e.shiftKey ? (i <= 0 ? items.length - 1 : i - 1) : (i + 1) % items.length;
    e.preventDefault();
    items[next]?.focus();
  };
  const justified = !p.requireJustification || why.trim().length >= 5;
  const found = p.words === 'nothing sensitive' ? '' : `${WHAT[p.channel]} contains ${p.words}.`;
  return (
    <div class="backdrop">
      <div ref={root} class={`card ${p.action}`} role="dialog" aria-modal="true" aria-labelledby="pz-title" aria-describedby="pz-found" onKeyDown={onKey}>
        <h2 id="pz-title">{TITLES[p.action]}</h2>
        {found && <p id="pz-found" data-testid="pz-found">{found}</p>}
        {p.message && <p class="msg">{p.message}</p>}
        {p.action === 'redact' && <p>Placeholders like &lt;EMAIL_ADDRESS_1&gt; now stand in for them. Check the text, then send it.</p>}
        {p.action === 'coach' && p.requireJustification && (
          <label>
            Why is this needed here? (recorded, without the prompt)
            <textarea data-testid="pz-why" value={why} maxLength={500} onInput={(e) => setWhy((e.target as HTMLTextAreaElement).value)} />
          </label>
        )}
        <div class="buttons">
          {(p.action === 'redirect' || p.action === 'coach') && p.canRedirect && (
            <button data-autofocus data-testid="pz-redirect" class="primary" onClick={() => p.onChoice({ kind: 'redirect' })}>Open in the company assistant</button>
          )}
          {(p.action === 'coach' || p.action === 'redirect') && (
            <button data-testid="pz-redact" onClick={() => p.onChoice({ kind: 'redact' })}>Replace the sensitive parts</button>
          )}
          {p.action === 'coach' && (
            <button data-testid="pz-send" disabled={!justified} onClick={() => p.onChoice({ kind: 'send', ...(why.trim() ? { justification: why.trim() } : {}) })}>Send anyway</button>
          )}
          {(p.action === 'block' || p.action === 'redact' || p.action === 'error') ? (
            <button data-autofocus data-testid="pz-ok" class="primary" onClick={() => p.onChoice({ kind: 'ok' })}>{p.action === 'redact' ? 'Review the text' : 'Back to editing'}</button>
          ) : (
            <button data-autofocus={!p.canRedirect || undefined} data-testid="pz-cancel" onClick={() => p.onChoice({ kind: 'cancel' })}>Cancel</button>
          )}
        </div>
      </div>
    </div>
  );
}

export const OVERLAY_CSS = `
:host { all: initial; }
.backdrop { position: fixed; inset: 0; background: rgba(20, 24, 31, .45); display: flex; align-items: center; justify-content: center; z-index: 2147483647; font: 15px/1.45 system-ui, sans-serif; color: #1b1f24; }
.card { background: #fff; border-radius: 10px; padding: 20px 22px; width: min(460px, 92vw); box-shadow: 0 12px 40px rgba(0,0,0,.3); border-top: 6px solid #d9822b; }
.card.block, .card.error { border-top-color: #c23030; }
.card.redirect { border-top-color: #2965cc; }
.card.redact { border-top-color: #238551; }
h2 { font-size: 18px; margin: 0 0 8px; }
p { margin: 6px 0; }
.msg { color: #404854; }
label { display: block; margin-top: 10px; font-size: 14px; }
textarea { display: block; width: 100%; box-sizing: border-box; min-height: 56px; margin-top: 4px; font: inherit; }
.buttons { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 14px; }
button { font: inherit; padding: 7px 12px; border-radius: 6px; border: 1px solid #8f99a8; background: #f6f7f9; cursor: pointer; }
button.primary { background: #2965cc; border-color: #2965cc; color: #fff; }
button:disabled { opacity: .5; cursor: not-allowed; }
button:focus-visible, textarea:focus-visible { outline: 3px solid #ffb366; outline-offset: 2px; }
`;
