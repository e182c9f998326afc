// Grounding through the gateway: passages enter `system` before the scrubber, so a KB document's
// personal data is placeholdered on its way to the model too; citations ride in a header; with no
// model the caller still gets the best passages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeAnthropic, type FakeAnthropic } from '../../../../test/fixtures/fake-anthropic/server';
import { TARGETS } from '../../testing/harness';
import { startGatewayApp, type GatewayTestApp } from '../gateway/test-support';

const DOC = `# Escalation runbook

## Payment outages

When card payments fail for more than five minutes, page the payments on-call, Jordan Reyes
(jordan.reyes@corp.example), and open an incident in the status page.
`;

async function call(g: GatewayTestApp, token: string, question: string, stream = false) {
  return fetch(`${g.baseUrl}/v1/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-pz-grounding': 'kb' },
    body: JSON.stringify({ model: 'worker', max_tokens: 200, stream, messages: [{ role: 'user', content: question }] }),
  });
}

describe.each(TARGETS)('knowledge-base grounding on $name', (target) => {
  let fake: FakeAnthropic;
  let g: GatewayTestApp;
  let bare: GatewayTestApp;
  let employee: string;

  beforeAll(async () => {
    fake = await startFakeAnthropic();
    g = await startGatewayApp(target, { ANTHROPIC_API_KEY: 'sk-upstream-test', ANTHROPIC_BASE_URL: fake.url });
    bare = await startGatewayApp(target, {});
    for (const app of [g, bare]) {
      const analyst = await app.tokenFor('analyst');
      const r = await app.app.inject({ method: 'POST', url: '/v1/kb/documents', headers: { authorization: `Bearer ${analyst}` }, payload: { source: 'wiki/escalation.md', contentType: 'text/markdown', content: DOC } });
      expect(r.statusCode).toBe(200);
    }
    employee = await g.tokenFor('employee');
  });
  afterAll(async () => {
    await g?.close();
    await bare?.close();
    await fake?.close();
  });

  it('grounds the model on company passages, scrubbed, and cites them', async () => {
    fake.reset();
    const res = await call(g, employee, 'Who do I page when card payments fail?');
    expect(res.status).toBe(200);
    const sent = fake.received.at(-1)?.body as { system?: unknown };
    const system = JSON.stringify(sent.system);
    expect(system).toContain('page the payments on-call');
    expect(system).toMatch(/<passage n=\\"1\\"/);
    expect(JSON.stringify(sent)).not.toContain('jordan.reyes@corp.example');
    expect(system).toMatch(/<EMAIL_ADDRESS_\d+>/);
    const citations = JSON.parse(decodeURIComponent(res.headers.get('x-pz-citations')!));
    expect(citations[0]).toMatchObject({ n: 1, title: 'Escalation runbook', source: 'wiki/escalation.md', headingPath: ['Payment outages'] });
  });

  it('with no model configured, answers with the best passages (JSON and SSE)', async () => {
    const token = await bare.tokenFor('employee');
    const json = await call(bare, token, 'Who do I page when card payments fail?');
    expect(json.status).toBe(200);
    const body = (await json.json()) as { content: Array<{ text: string }> };
    expect(body.content[0]!.text).toMatch(/No model is configured[\s\S]*\[1\] Escalation runbook › .*Payment outages[\s\S]*payments on-call/);
    const sse = await call(bare, token, 'Who do I page when card payments fail?', true);
    expect(sse.headers.get('content-type')).toMatch(/text\/event-stream/);
    expect(await sse.text()).toMatch(/event: content_block_delta[\s\S]*payments on-call[\s\S]*event: message_stop/);
  });
});
