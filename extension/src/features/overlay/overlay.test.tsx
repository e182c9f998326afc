// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { showOverlay } from './mount';
import type { OverlayProps } from './Overlay';

const base: Omit<OverlayProps, 'onChoice'> = { action: 'coach', words: '2 email addresses', channel: 'prompt', requireJustification: true, canRedirect: true };
const shadow = () => document.querySelector('protocol-zero-overlay')!.shadowRoot!;
const btn = (id: string) => shadow().querySelector<HTMLButtonElement>(`[data-testid=${id}]`);
const tick = () => new Promise((r) => setTimeout(r, 20));

describe('overlay', () => {
  it.each([
    ['block', ['pz-ok'], ['pz-send', 'pz-redirect']],
    ['coach', ['pz-send', 'pz-redirect', 'pz-redact', 'pz-cancel'], ['pz-ok']],
    ['redirect', ['pz-redirect', 'pz-redact', 'pz-cancel'], ['pz-send']],
    ['redact', ['pz-ok'], ['pz-send']],
  ] as const)('%s offers the right buttons', async (action, present, absent) => {
    const done = showOverlay(document, { ...base, action });
    await tick();
    for (const id of present) expect(btn(id), id).not.toBeNull();
    for (const id of absent) expect(btn(id), id).toBeNull();
    expect(shadow().querySelector('[role=dialog]')!.getAttribute('aria-modal')).toBe('true');
    expect(shadow().textContent).toContain('This prompt contains 2 email addresses.');
    (btn('pz-cancel') ?? btn('pz-ok'))!.click();
    expect((await done).kind).toMatch(/cancel|ok/);
    expect(document.querySelector('protocol-zero-overlay')).toBeNull();
  });

  it('send anyway needs a justification and returns it', async () => {
    const done = showOverlay(document, base);
    await tick();
    expect(btn('pz-send')!.disabled).toBe(true);
    const ta = shadow().querySelector<HTMLTextAreaElement>('[data-testid=pz-why]')!;
    ta.value = 'customer asked for a draft reply';
    ta.dispatchEvent(new Event('input', { bubbles: true }));
    await tick();
    expect(btn('pz-send')!.disabled).toBe(false);
    btn('pz-send')!.click();
    expect(await done).toEqual({ kind: 'send', justification: 'customer asked for a draft reply' });
  });

  it('Escape cancels; the primary action has focus', async () => {
    const done = showOverlay(document, { ...base, action: 'redirect' });
    await tick();
    await vi.waitFor(() => expect(shadow().activeElement?.getAttribute('data-testid')).toBe('pz-redirect'));
    shadow().querySelector('[role=dialog]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(await done).toEqual({ kind: 'cancel' });
  });

  it('no gateway: no assistant button', async () => {
    const done = showOverlay(document, { ...base, canRedirect: false });
    await tick();
    expect(btn('pz-redirect')).toBeNull();
    btn('pz-cancel')!.click();
    await done;
  });
});
