// Presidio-compatible endpoints, and our typed Presidio client tested against them (a real Presidio
// cannot be installed here; our endpoint speaks the same REST shapes).
import { classify } from '@protocol-zero/policies';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PresidioClient } from '../../gateway/presidio-client';
import { TARGETS } from '../../testing/harness';
import { startGatewayApp, type GatewayTestApp } from './test-support';

const TEXT = 'Call Jane Roe on +1 415 555 0100 or mail jane.roe@acme-corp.com';

describe.each(TARGETS)('Presidio-compatible API on $name', (target) => {
  let g: GatewayTestApp;
  let token: string;
  beforeAll(async () => {
    g = await startGatewayApp(target, {});
    token = await g.gatewayToken('presidio-user@corp.example');
  });
  afterAll(async () => g?.close());

  it('the typed client round-trips through /presidio/analyze and matches our detectors', async () => {
    const client = new PresidioClient(`${g.baseUrl}/presidio`, fetch, { authorization: `Bearer ${token}` });
    const results = await client.analyze({ text: TEXT, language: 'en' });
    const expected = classify(TEXT).findings.map((f) => [f.entity, f.start, f.end]);
    expect(results.map((r) => [r.entity_type, r.start, r.end])).toEqual(expected);
    expect(results.map((r) => r.entity_type)).toEqual(expect.arrayContaining(['EMAIL_ADDRESS', 'PHONE_NUMBER']));
    const only = await client.analyze({ text: TEXT, entities: ['EMAIL_ADDRESS'] });
    expect(only.map((r) => TEXT.slice(r.start, r.end))).toEqual(['jane.roe@acme-corp.com']);
  });

  it('the client refuses a malformed answer (so the gateway fails closed on it)', async () => {
    const bad = new PresidioClient(`${g.baseUrl}`, fetch, { authorization: `Bearer ${token}` }); // /analyze → 404
    await expect(bad.analyze({ text: TEXT })).rejects.toThrow(/404/);
  });

  const spans = [
    { entity_type: 'PERSON', start: 5, end: 13, score: 0.85 },
    { entity_type: 'EMAIL_ADDRESS', start: 41, end: 63, score: 1 },
  ];
  it.each([
    [{}, 'Call <PERSON> on +1 415 555 0100 or mail <EMAIL_ADDRESS>'],
    [{ DEFAULT: { type: 'redact' } }, 'Call  on +1 415 555 0100 or mail '],
    [{ EMAIL_ADDRESS: { type: 'mask', masking_char: '#', chars_to_mask: 4, from_end: true } }, 'Call <PERSON> on +1 415 555 0100 or mail jane.roe@acme-corp####'],
    [{ PERSON: { type: 'replace', new_value: 'ANON' }, EMAIL_ADDRESS: { type: 'keep' } }, 'Call ANON on +1 415 555 0100 or mail jane.roe@acme-corp.com'],
  ])('anonymize with %o', async (anonymizers, expected) => {
    const r = await g.app.inject({ method: 'POST', url: '/presidio/anonymize', headers: { authorization: `Bearer ${token}` }, payload: { text: TEXT, anonymizers, analyzer_results: spans } });
    expect(r.statusCode).toBe(200);
    const j = r.json() as { text: string; items: { start: number; end: number; text: string }[] };
    expect(j.text).toBe(expected);
    for (const it of j.items) expect(j.text.slice(it.start, it.end)).toBe(it.text);
  });

  it('requires a token', async () => {
    const r = await g.app.inject({ method: 'POST', url: '/presidio/analyze', payload: { text: TEXT } });
    expect(r.statusCode).toBe(401);
    expect(r.json().error.code).toBe('unauthenticated');
  });
});
