// Acceptance for POST /v1/messages through the REAL @anthropic-ai/sdk against the local fake
// Messages API. Every assertion about privacy is made on what the fake RECEIVED.
import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { lastUserText, startFakeAnthropic, type FakeAnthropic } from '../../../../test/fixtures/fake-anthropic/server';
import { piiFixtures, secretFixtures } from '../../gateway/eval-fixtures';
import { TARGETS } from '../../testing/harness';
import { placeholdersIn, startGatewayApp, startPresidioStub, type GatewayTestApp, type PresidioStub } from './test-support';

const textOf = (m: Anthropic.Message) => m.content.map((b) => (b.type === 'text' ? b.text : '')).join('');
const FIXTURES = [...piiFixtures(), ...secretFixtures()];

describe.each(TARGETS)('gateway /v1/messages on $name', (target) => {
  let fake: FakeAnthropic;
  let presidio: PresidioStub;
  let g: GatewayTestApp;
  let alice: Anthropic;

  beforeAll(async () => {
    fake = await startFakeAnthropic();
    presidio = await startPresidioStub();
    g = await startGatewayApp(target, { ANTHROPIC_API_KEY: 'sk-upstream-test', ANTHROPIC_BASE_URL: fake.url, PRESIDIO_ANALYZER_URL: presidio.url, PZ_GATEWAY_ANALYSIS_TIMEOUT_MS: '5000',
      // The detectors run on worker threads here, as in production (other gateway suites analyse in-process).
      PZ_GATEWAY_ANALYSIS_WORKERS: '2' });
    alice = g.sdk(await g.gatewayToken('alice@corp.example', 'sales'));
  });
  afterAll(async () => {
    await g?.close();
    await fake?.close();
    await presidio?.close();
  });
  beforeEach(() => {
    fake.reset();
    fake.setScript((req) => ({ content: [{ type: 'text', text: `Echo: ${lastUserText(req.body)}` }] }));
    presidio.mode = 'ok';
  });

  it(`no value from the ${FIXTURES.length}-sentence eval fixture set reaches upstream, and answers come back restored`, async () => {
    expect(FIXTURES.length).toBeGreaterThan(100);
    for (let i = 0; i < FIXTURES.length; i += 12) {
      const group = FIXTURES.slice(i, i + 12);
      const m = await alice.messages.create({
        model: 'worker', max_tokens: 64,
        system: group[0]!.text,
        messages: [{ role: 'user', content: group.map((f) => ({ type: 'text' as const, text: f.text })) }],
      });
      // The echo carries the placeholders back; the client must see the originals again.
      expect(textOf(m)).toBe(`Echo: ${group.map((f) => f.text).join('\n')}`);
    }
    const leaked = FIXTURES.filter((f) => f.values.some((v) => fake.received.some((r) => r.raw.includes(v))));
    expect(leaked.map((f) => `${f.source} ${f.entity}`)).toEqual([]);
    // The caller's gateway token never goes upstream; the gateway's own key does.
    const credentials = fake.received.map((r) => r.headers['x-api-key'] ?? r.headers.authorization);
    expect([...new Set(credentials)]).toEqual(['Bearer sk-upstream-test']);
  });

  it('streams: the same fixtures leave no trace upstream and deltas arrive restored', async () => {
    const group = FIXTURES.filter((_, i) => i % 5 === 0);
    const s = await alice.messages.create({ model: 'frontier', max_tokens: 64, stream: true, messages: [{ role: 'user', content: group.map((f) => f.text).join('\n') }] });
    let text = '';
    for await (const ev of s) if (ev.type === 'content_block_delta' && ev.delta.type === 'text_delta') text += ev.delta.text;
    expect(text).toBe(`Echo: ${group.map((f) => f.text).join('\n')}`);
    expect(group.filter((f) => f.values.some((v) => fake.received[0]!.raw.includes(v)))).toEqual([]);
    expect((fake.received[0]!.body as { model: string }).model).toBe('claude-opus-5-5'); // tier table: frontier
  });

  it('multi-turn with a tool call: one placeholder per value across 3 turns and the tool input, restored everywhere', async () => {
    const email = 'jane.roe@acme-corp.com';
    const opening = `Please email Jane Roe at ${email} about invoice 7.`;
    const tools = [{ name: 'send_email', description: 'send an email', input_schema: { type: 'object' as const, properties: { to: { type: 'string' } } } }];
    // Turn 1: the model calls the tool with the placeholder it was given.
    fake.setScript((req) => {
      const [person, mail] = [placeholdersIn(req.raw).find((p) => p.startsWith('<PERSON_')), placeholdersIn(req.raw).find((p) => p.startsWith('<EMAIL_ADDRESS_'))];
      return { content: [{ type: 'text', text: `Writing to ${person}.` }, { type: 'tool_use', name: 'send_email', input: { to: mail, name: person, note: `for ${person} <${mail}>` } }] };
    });
    const t1 = await alice.messages.create({ model: 'worker', max_tokens: 64, tools, messages: [{ role: 'user', content: opening }] });
    const call = t1.content.find((b) => b.type === 'tool_use')!;
    expect(call.input).toEqual({ to: email, name: 'Jane Roe', note: `for Jane Roe <${email}>` });
    expect(textOf(t1)).toBe('Writing to Jane Roe.');

    // Turn 2: the client sends history back (real values in the tool call and result).
    fake.setScript(() => ({ content: [{ type: 'text', text: 'Sent to <EMAIL_ADDRESS_1> for <PERSON_1>.' }] }));
    const history: Anthropic.MessageParam[] = [
      { role: 'user', content: opening },
      { role: 'assistant', content: t1.content as Anthropic.ContentBlockParam[] },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: call.id, content: `delivered to ${email}` }] },
    ];
    const t2 = await alice.messages.create({ model: 'worker', max_tokens: 64, tools, messages: history });
    expect(textOf(t2)).toBe(`Sent to ${email} for Jane Roe.`);

    // Turn 3, streamed: a new address joins; the old one keeps its number.
    fake.setScript(() => ({ content: [{ type: 'text', text: 'Cc <EMAIL_ADDRESS_2>, to <EMAIL_ADDRESS_1> (<PERSON_1>).' }] }));
    const s3 = await alice.messages.create({ model: 'worker', max_tokens: 64, stream: true, tools, messages: [...history, { role: 'assistant', content: t2.content as Anthropic.ContentBlockParam[] }, { role: 'user', content: `Also cc bob.lee@example.org and ${email}` }] });
    let t3 = '';
    for await (const ev of s3) if (ev.type === 'content_block_delta' && ev.delta.type === 'text_delta') t3 += ev.delta.text;
    expect(t3).toBe(`Cc bob.lee@example.org, to ${email} (Jane Roe).`);

    expect(fake.received).toHaveLength(3);
    for (const r of fake.received) {
      expect(r.raw).not.toContain(email);
      expect(r.raw).not.toContain('Jane Roe');
      expect(r.raw).toContain('<EMAIL_ADDRESS_1>');
      expect(r.raw).toContain('<PERSON_1>');
    }
    // Inside the tool call and its result, upstream saw the same placeholder.
    const turn2 = fake.received[1]!.body as { messages: { content: { type: string; input?: { to: string }; content?: string }[] }[] };
    expect(turn2.messages[1]!.content.find((b) => b.type === 'tool_use')!.input!.to).toBe('<EMAIL_ADDRESS_1>');
    expect(turn2.messages[2]!.content[0]!.content).toBe('delivered to <EMAIL_ADDRESS_1>');
    expect(fake.received[2]!.raw).toContain('<EMAIL_ADDRESS_2>');
    expect(fake.received[2]!.raw).not.toContain('bob.lee@example.org');
  });

  it('streaming restore survives a placeholder split at every boundary, in text and tool input', async () => {
    const prompt = 'Reach me at split.test@corp.example please';
    const answer = 'Mail <EMAIL_ADDRESS_1> ✓ — not <EMAIL_ADDRESS_7>!';
    const restored = 'Mail split.test@corp.example ✓ — not <EMAIL_ADDRESS_7>!';
    for (let k = 0; k <= answer.length; k++) {
      fake.setScript(() => ({ content: [{ type: 'text', text: answer }, { type: 'tool_use', name: 't', input: { to: '<EMAIL_ADDRESS_1>' } }], splitText: (s) => [s.slice(0, k), s.slice(k)], splitJson: (s) => [s.slice(0, k % (s.length + 1)), s.slice(k % (s.length + 1))] }));
      const s = await alice.messages.create({ model: 'worker', max_tokens: 64, stream: true, messages: [{ role: 'user', content: prompt }] });
      const deltas: string[] = [];
      let json = '';
      let final: Anthropic.RawMessageDeltaEvent | undefined;
      for await (const ev of s) {
        if (ev.type === 'content_block_delta' && ev.delta.type === 'text_delta') deltas.push(ev.delta.text);
        if (ev.type === 'content_block_delta' && ev.delta.type === 'input_json_delta') json += ev.delta.partial_json;
        if (ev.type === 'message_delta') final = ev;
      }
      expect(deltas.join(''), `split at ${k}`).toBe(restored);
      expect(deltas.some((d) => /<EMAIL_ADDRESS_1|<EMAIL_A(?!DDRESS_7)/.test(d) && !d.includes('<EMAIL_ADDRESS_7>')), `partial placeholder released at ${k}`).toBe(false);
      expect(JSON.parse(json)).toEqual({ to: 'split.test@corp.example' });
      expect((final as unknown as { pz: { invented_placeholders: string[] } }).pz.invented_placeholders).toEqual(['<EMAIL_ADDRESS_7>']);
    }
    expect(fake.received.every((r) => !r.raw.includes('split.test@corp.example'))).toBe(true);
  });

  it('an invented placeholder stays visible and is flagged', async () => {
    fake.setScript(() => ({ content: [{ type: 'text', text: 'Ask <PERSON_9> or <EMAIL_ADDRESS_1>' }] }));
    const r = await alice.messages.create({ model: 'worker', max_tokens: 16, messages: [{ role: 'user', content: 'who owns ops@corp.example?' }] }).withResponse();
    expect(textOf(r.data)).toBe('Ask <PERSON_9> or ops@corp.example');
    expect(r.response.headers.get('x-pz-invented-placeholders')).toBe('1');
    expect((r.data as unknown as { pz: { invented_placeholders: string[] } }).pz.invented_placeholders).toEqual(['<PERSON_9>']);
  });

  it.each([
    ['analyzer error', 'error' as const],
    ['analyzer timeout', 'hang' as const],
  ])('fails closed on %s: 503 with a code, upstream received nothing', async (_name, mode) => {
    presidio.mode = mode;
    const err = await alice.messages.create({ model: 'worker', max_tokens: 16, messages: [{ role: 'user', content: 'card 4111 1111 1111 1111' }] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.APIError);
    expect((err as InstanceType<typeof Anthropic.APIError>).status).toBe(503);
    expect(((err as InstanceType<typeof Anthropic.APIError>).error as { error: { code: string } }).error.code).toBe('gateway_analysis_failed');
    expect((err as InstanceType<typeof Anthropic.APIError>).headers?.get('x-should-retry')).toBe('false');
    expect(fake.received).toHaveLength(0);
  });

  it('merges Presidio findings: a span only Presidio knows is scrubbed too', async () => {
    const text = 'Project Nightingale launches Monday';
    presidio.mode = { spans: [{ entity_type: 'ORGANIZATION', start: 0, end: 19, score: 0.9 }] };
    await alice.messages.create({ model: 'worker', max_tokens: 16, messages: [{ role: 'user', content: text }] });
    expect(fake.received[0]!.raw).toContain('<ORGANIZATION_1> launches Monday');
    expect(fake.received[0]!.raw).not.toContain('Nightingale');
  });
});
