// @vitest-environment happy-dom
import { classify } from '@protocol-zero/policies';
import { TEST_POLICY } from '../../test-policy';
import { beforeEach, describe, expect, it } from 'vitest';
import { adapterFor } from '../../sites/index';
import type { DecisionDraft } from '../../messaging/protocol';
import type { Choice, OverlayProps } from '../overlay/Overlay';
import { InterceptController } from './controller';

const AWS = 'AKIAZ3MHQ7TXW5VKRB2N';
const EMAILS = 'Draft a reply to jane.doe@acme-corp.com and bob@acme-corp.com';
const tick = () => new Promise((r) => setTimeout(r, 10));

function setup(choice: Choice = { kind: 'cancel' }) {
  document.body.innerHTML = `<form><div contenteditable="true" id="prompt-textarea" class="ProseMirror"><p>x</p></div>
    <button data-testid="send-button" type="button">send</button></form>`;
  const sent: string[] = [];
  const editor = document.querySelector<HTMLElement>('#prompt-textarea')!;
  // The "site": sends whatever is in the editor when its button is clicked.
  document.querySelector('button')!.addEventListener('click', () => sent.push(editor.textContent ?? ''));
  const records: DecisionDraft[] = [];
  const holds: DecisionDraft[] = [];
  const overlays: Omit<OverlayProps, 'onChoice'>[] = [];
  const handoffs: string[] = [];
  let n = 0;
  const c = new InterceptController({
    adapter: adapterFor('chatgpt.com'),
    site: { appId: 'chatgpt', category: 'chat_assistant', host: 'chatgpt.com' },
    doc: document,
    policy: () => ({ v: 1, source: 'default', policy: TEST_POLICY, version: 3, fetchedAt: null, error: null }),
    classifyRemote: async (t) => classify(t),
    record: (d) => records.push(d),
    hold: (d) => holds.push(d),
    handoff: async (prompt) => (handoffs.push(prompt), { ok: true, handoffId: '00000000-0000-4000-8000-000000000001' }),
    overlay: async (p) => (overlays.push(p), choice),
    canRedirect: () => true,
    uuid: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  });
  const detach = c.attach(window);
  const type = (t: string) => (editor.innerHTML = `<p>${t}</p>`);
  const enter = () => editor.firstElementChild!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
  return { editor, sent, records, holds, overlays, handoffs, type, enter, detach, click: () => document.querySelector('button')!.click() };
}

describe('InterceptController (test policy, ChatGPT DOM)', () => {
  let env: ReturnType<typeof setup>;
  beforeEach(() => env?.detach());

  it('a clean prompt goes through untouched and is recorded as sent', () => {
    env = setup();
    env.type('Write a haiku about autumn');
    expect(env.enter()).toBe(true); // not default-prevented
    env.click();
    expect(env.sent).toEqual(['Write a haiku about autumn']);
    expect(env.records.map((r) => [r.action, r.outcome])).toEqual([['allow', 'sent'], ['allow', 'sent']]);
    expect(env.overlays).toHaveLength(0);
  });

  it('an AWS key is blocked on Enter and on the send button', async () => {
    env = setup({ kind: 'ok' });
    env.type(`use ${AWS}`);
    expect(env.enter()).toBe(false);
    await tick();
    env.click();
    await tick();
    expect(env.sent).toEqual([]);
    expect(env.overlays.map((o) => o.action)).toEqual(['block', 'block']);
    expect(env.overlays[0]!.words).toBe('an AWS key');
    expect(env.records.map((r) => r.outcome)).toEqual(['blocked', 'blocked']);
  });

  it('coach → send anyway records the justification and sends', async () => {
    env = setup({ kind: 'send', justification: 'customer asked' });
    env.type('Reply to jane.doe@acme-corp.com');
    env.click();
    await tick();
    expect(env.overlays[0]).toMatchObject({ action: 'coach', requireJustification: true });
    expect(env.sent).toEqual(['Reply to jane.doe@acme-corp.com']);
    expect(env.records[0]).toMatchObject({ outcome: 'sent_with_justification', justification: 'customer asked' });
  });

  it('redact leaves placeholders in the editor and sends nothing', async () => {
    env = setup({ kind: 'redact' });
    env.type(EMAILS);
    env.click();
    await tick();
    expect(env.editor.textContent).toBe('Draft a reply to <EMAIL_ADDRESS_1> and <EMAIL_ADDRESS_2>');
    expect(env.sent).toEqual([]);
    expect(env.records.at(-1)!.outcome).toBe('redacted');
  });

  it('redirect hands the prompt to the gateway, records the hand-off id, sends nothing here', async () => {
    env = setup({ kind: 'redirect' });
    env.type(EMAILS);
    env.click();
    await tick();
    expect(env.handoffs).toEqual([EMAILS]);
    expect(env.sent).toEqual([]);
    expect(env.records.at(-1)).toMatchObject({ outcome: 'redirected', handoffId: '00000000-0000-4000-8000-000000000001' });
  });

  it('a prompt classified while typing paused is decided from the cache, and a changed prompt is not', async () => {
    env = setup({ kind: 'ok' });
    env.type('harmless text');
    env.editor.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 700));
    env.type(`now with ${AWS}`); // changed after the idle classification: must not reuse it
    env.enter();
    await tick();
    expect(env.overlays.map((o) => o.action)).toEqual(['block']);
    expect(env.sent).toEqual([]);
  });

  it.each([
    ['block', `use ${AWS}`, { kind: 'ok' }, 'blocked', 'blocked'],
    ['coach then send', 'Reply to jane.doe@acme-corp.com', { kind: 'send', justification: 'ok' }, 'cancelled', 'sent_with_justification'],
    ['coach then redirect', 'Reply to jane.doe@acme-corp.com', { kind: 'redirect' }, 'cancelled', 'redirected'],
  ] as const)('%s: the provisional outcome is held before the overlay, the final one has the same id', async (_n, text, choice, held, final) => {
    env = setup(choice as Choice);
    env.type(text);
    env.click();
    await tick();
    expect(env.holds.map((h) => h.outcome)).toEqual([held]);
    expect(env.records.map((r) => r.outcome)).toEqual([final]);
    expect(env.records[0]!.id).toBe(env.holds[0]!.id);
  });

  it('decision events carry counts, never text', async () => {
    env = setup({ kind: 'cancel' });
    env.type(EMAILS);
    env.click();
    await tick();
    const json = JSON.stringify(env.records);
    expect(json).not.toContain('acme-corp');
    expect(env.records[0]!.entities).toEqual({ EMAIL_ADDRESS: 2 });
  });
});
