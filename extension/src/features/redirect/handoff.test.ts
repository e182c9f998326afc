import { describe, expect, it } from 'vitest';
import { assistantLink, createHandoff } from './handoff';

const req = { prompt: 'secret customer list jane@acme.test', appId: 'chatgpt', host: 'chatgpt.com', decisionId: '00000000-0000-4000-8000-000000000001', entities: { EMAIL_ADDRESS: 1 } };
const token = 't'.repeat(40);

describe('hand-off', () => {
  it('posts the prompt in the body with the device token and returns a fragment link', async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    const r = await createHandoff('https://gw.test/', 'dev-tok', req, async (url, init) => {
      seen.push({ url, init: init! });
      return Response.json({ handoffId: '00000000-0000-4000-8000-000000000009', token, expiresAt: '2026-01-01T00:05:00Z', assistantUrl: 'https://gw.test/assistant?x=1' });
    });
    expect(seen[0]!.url).toBe('https://gw.test/v1/handoff');
    expect((seen[0]!.init.headers as Record<string, string>).authorization).toBe('Bearer dev-tok');
    expect(JSON.parse(String(seen[0]!.init.body)).prompt).toBe(req.prompt);
    expect(r).toEqual({ ok: true, handoffId: '00000000-0000-4000-8000-000000000009', url: `https://gw.test/assistant?x=1#t=${token}` });
    if (r.ok) expect(new URL(r.url).search).not.toContain(token);
  });

  it.each([
    [async () => new Response('no', { status: 503 }), 'HTTP 503'],
    [async () => { throw new Error('down'); }, 'unreachable'],
    [async () => Response.json({ token: 'short' }), 'unreachable'],
  ])('fails closed without content in the error (%#)', async (f, words) => {
    const r = await createHandoff('https://gw.test', null, req, f);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toContain(words);
      expect(r.error).not.toContain('jane');
    }
  });

  it('assistantLink replaces any fragment', () => {
    expect(assistantLink('https://a.test/assistant#old', 'abc')).toBe('https://a.test/assistant#t=abc');
  });
});

describe('assistantLink', () => {
  it.each([
    ['https://pz.test/#/assistant', 'https://pz.test/#/assistant?t=TOKEN'],
    ['https://pz.test/#/assistant?x=1', 'https://pz.test/#/assistant?t=TOKEN'],
    ['https://pz.test/assistant', 'https://pz.test/assistant#t=TOKEN'],
  ])('%s keeps its route and puts the token in the fragment', (url, expected) => {
    expect(assistantLink(url, 'TOKEN')).toBe(expected);
  });
});
