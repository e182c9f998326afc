import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeAnthropic, type FakeAnthropic } from '../../../../test/fixtures/fake-anthropic/server';
import { anthropicProvider } from './anthropic';
import { fromOpenAi, messageAsEvents, openAiCompatProvider, toOpenAi } from './openai-compat';
import { route, type RouterConfig } from './router';
import type { Provider } from './types';

const stub = (name: Provider['name']): Provider => ({ name, create: async () => ({}), async *stream() {} });
const claude = stub('anthropic');
const local = { provider: stub('openai-compat'), model: 'llama3.1' };
const tiers = { frontier: 'claude-opus-5-5', worker: 'claude-haiku-4-5' };

describe('route', () => {
  it.each([
    [{ anthropic: claude, tiers, localAtSeverity: 'never' }, 'frontier', 'critical', 'claude-opus-5-5', 'tier'],
    [{ anthropic: claude, tiers, localAtSeverity: 'never' }, undefined, 'none', 'claude-haiku-4-5', 'tier'],
    [{ anthropic: claude, tiers, localAtSeverity: 'never' }, 'claude-sonnet-4-5', 'low', 'claude-sonnet-4-5', 'requested'],
    [{ anthropic: claude, local, tiers, localAtSeverity: 'high' }, 'frontier', 'high', 'llama3.1', 'sensitivity'],
    [{ anthropic: claude, local, tiers, localAtSeverity: 'high' }, 'frontier', 'medium', 'claude-opus-5-5', 'tier'],
    [{ local, tiers, localAtSeverity: 'never' }, 'frontier', 'none', 'llama3.1', 'only-local'],
  ] as [RouterConfig, string | undefined, 'none' | 'low' | 'medium' | 'high' | 'critical', string, string][])('%#', (cfg, requested, severity, model, reason) => {
    expect(route(cfg, requested, severity)).toMatchObject({ model, reason });
  });
  it('nothing configured → undefined', () => expect(route({ tiers, localAtSeverity: 'never' }, 'frontier', 'none')).toBeUndefined());
});

describe('OpenAI-compatible translation', () => {
  it('maps system, text, tool calls and tool results to chat.completions', () => {
    const body = {
      model: 'm', max_tokens: 9, system: 'be brief',
      tools: [{ name: 'send', description: 'd', input_schema: { type: 'object' } }],
      messages: [
        { role: 'user', content: 'hi' },
        { role: 'assistant', content: [{ type: 'text', text: 'calling' }, { type: 'tool_use', id: 't1', name: 'send', input: { to: 'x' } }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', content: 'done' }] },
      ],
    };
    expect(toOpenAi(body)).toEqual({
      model: 'm', max_tokens: 9,
      tools: [{ type: 'function', function: { name: 'send', description: 'd', parameters: { type: 'object' } } }],
      messages: [
        { role: 'system', content: 'be brief' },
        { role: 'user', content: 'hi' },
        { role: 'assistant', content: 'calling', tool_calls: [{ id: 't1', type: 'function', function: { name: 'send', arguments: '{"to":"x"}' } }] },
        { role: 'tool', tool_call_id: 't1', content: 'done' },
      ],
    });
  });

  it('maps an answer back to a Message and replays it as the Anthropic event sequence', () => {
    const m = fromOpenAi({ id: 'c1', choices: [{ message: { content: 'ok', tool_calls: [{ id: 't', function: { name: 'f', arguments: '{"a":1}' } }] }, finish_reason: 'tool_calls' }], usage: { prompt_tokens: 5, completion_tokens: 2 } }, 'm');
    expect(m).toMatchObject({ stop_reason: 'tool_use', usage: { input_tokens: 5, output_tokens: 2 }, content: [{ type: 'text', text: 'ok' }, { type: 'tool_use', name: 'f', input: { a: 1 } }] });
    expect([...messageAsEvents(m)].map((e) => e.type)).toEqual([
      'message_start', 'content_block_start', 'content_block_delta', 'content_block_stop', 'content_block_start', 'content_block_delta', 'content_block_stop', 'message_delta', 'message_stop',
    ]);
  });
});

describe('providers against the local fake', () => {
  let fake: FakeAnthropic;
  beforeAll(async () => {
    fake = await startFakeAnthropic();
    fake.setScript(() => ({ content: [{ type: 'text', text: 'pong' }] }));
  });
  afterAll(() => fake.close());

  it.each([
    ['anthropic (SDK)', () => anthropicProvider({ apiKey: 'k', baseURL: fake.url, maxRetries: 0 }), '/v1/messages'],
    ['openai-compat', () => openAiCompatProvider({ baseURL: `${fake.url}/v1` }), '/v1/chat/completions'],
  ])('%s: JSON and stream', async (_n, make, path) => {
    const p = make();
    fake.reset();
    const body = { model: 'm', max_tokens: 5, messages: [{ role: 'user', content: 'ping' }] };
    expect(((await p.create(body)).content as { text: string }[])[0]!.text).toBe('pong');
    let text = '';
    for await (const ev of p.stream(body)) if (ev.type === 'content_block_delta') text += (ev.delta as { text?: string }).text ?? '';
    expect(text).toBe('pong');
    expect(fake.received.map((r) => r.path)).toEqual([path, path]);
  });

  it('an upstream failure becomes UpstreamError with the status', async () => {
    fake.setScript(() => ({ content: [], status: 500 }));
    await expect(anthropicProvider({ apiKey: 'k', baseURL: fake.url, maxRetries: 0 }).create({ model: 'm', max_tokens: 1, messages: [] })).rejects.toMatchObject({ name: 'UpstreamError', status: 500 });
  });
});
