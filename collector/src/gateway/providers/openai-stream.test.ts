import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeAnthropic, type FakeAnthropic } from '../../../../test/fixtures/fake-anthropic/server';
import { openAiCompatProvider } from './openai-compat';
import { chunksToEvents, sseData } from './openai-stream';
import type { Obj } from './types';

const SSE = 'data: {"a":1}\n\n: comment\n\ndata: {"b":"x\\ny"}\r\n\r\ndata: [DONE]\n\ndata: {"after":"done"}\n\n';

async function* pieces(s: string, cuts: number[]): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(s);
  let at = 0;
  for (const c of [...cuts, bytes.length]) {
    yield bytes.subarray(at, c);
    at = c;
  }
}

const collect = async <T>(it: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
};

describe('sseData', () => {
  it.each(Array.from({ length: SSE.length - 1 }, (_, i) => i + 1))('an SSE body cut at byte %i yields the same payloads, up to [DONE]', async (cut) => {
    expect(await collect(sseData(pieces(SSE, [cut])))).toEqual(['{"a":1}', '{"b":"x\\ny"}']);
  });
});

describe('chunksToEvents', () => {
  it('text then two tool calls become Anthropic blocks with usage from the last chunk', async () => {
    async function* chunks() {
      yield { id: 'c1', model: 'llama', choices: [{ delta: { content: 'Hi ' } }] };
      yield { choices: [{ delta: { content: 'there' } }] };
      yield { choices: [{ delta: { tool_calls: [{ index: 0, id: 't0', function: { name: 'f', arguments: '{"a"' } }] } }] };
      yield { choices: [{ delta: { tool_calls: [{ index: 0, function: { arguments: ':1}' } }] } }] };
      yield { choices: [{ delta: { tool_calls: [{ index: 1, id: 't1', function: { name: 'g', arguments: '{}' } }] }, finish_reason: 'tool_calls' }] };
      yield { choices: [], usage: { prompt_tokens: 7, completion_tokens: 3 } };
    }
    const evs = await collect(chunksToEvents(chunks(), 'm'));
    expect(evs.map((e) => `${e.type}${e.index ?? ''}`)).toEqual([
      'message_start', 'content_block_start0', 'content_block_delta0', 'content_block_delta0', 'content_block_stop0',
      'content_block_start1', 'content_block_delta1', 'content_block_delta1', 'content_block_stop1',
      'content_block_start2', 'content_block_delta2', 'content_block_stop2', 'message_delta', 'message_stop',
    ]);
    expect(evs[5]).toMatchObject({ content_block: { type: 'tool_use', id: 't0', name: 'f' } });
    expect(evs.filter((e) => e.index === 1 && e.type === 'content_block_delta').map((e) => (e.delta as Obj).partial_json).join('')).toBe('{"a":1}');
    expect(evs.at(-2)).toMatchObject({ delta: { stop_reason: 'tool_use' }, usage: { input_tokens: 7, output_tokens: 3 } });
  });
});

describe('openai-compat provider streams for real', () => {
  let fake: FakeAnthropic;
  beforeAll(async () => {
    fake = await startFakeAnthropic();
  });
  afterAll(() => fake.close());

  it('asks the server to stream and translates text and tool calls from the fake', async () => {
    fake.setScript(() => ({ content: [{ type: 'text', text: 'hello local world' }, { type: 'tool_use', name: 'send', input: { to: 'x', n: 2 } }], splitText: (s) => s.match(/.{1,3}/g)!, splitJson: (s) => s.match(/.{1,4}/g)! }));
    const evs = await collect(openAiCompatProvider({ baseURL: fake.url }).stream({ model: 'llama', max_tokens: 9, messages: [{ role: 'user', content: 'hi' }] }));
    expect((fake.received.at(-1)!.body as { stream?: boolean }).stream).toBe(true);
    const deltas = evs.filter((e) => e.type === 'content_block_delta').map((e) => e.delta as { text?: string; partial_json?: string });
    expect(deltas.filter((d) => d.text !== undefined).length).toBeGreaterThan(1);
    expect(deltas.map((d) => d.text ?? '').join('')).toBe('hello local world');
    expect(JSON.parse(deltas.map((d) => d.partial_json ?? '').join(''))).toEqual({ to: 'x', n: 2 });
    expect(evs.at(-2)).toMatchObject({ type: 'message_delta', delta: { stop_reason: 'tool_use' } });
  });

  it('the first words reach the caller before the model has finished (no buffering)', async () => {
    let release!: () => void;
    let wasReleased = false;
    const released = new Promise<void>((r) => (release = () => ((wasReleased = true), r())));
    let res: ServerResponse | undefined;
    const server = createServer((req, r) => {
      res = r;
      req.resume();
      r.writeHead(200, { 'content-type': 'text/event-stream' });
      r.write(`data: ${JSON.stringify({ id: 'c', choices: [{ delta: { content: 'first' } }] })}\n\n`);
      // The rest only once the test has seen 'first': a buffering provider would never get here.
      void released.then(() => {
        r.write(`data: ${JSON.stringify({ choices: [{ delta: { content: ' second' }, finish_reason: 'stop' }] })}\n\ndata: [DONE]\n\n`);
        r.end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const it = openAiCompatProvider({ baseURL: url }).stream({ model: 'm', max_tokens: 5, messages: [{ role: 'user', content: 'x' }] })[Symbol.asyncIterator]();
      let first = '';
      const timeout = setTimeout(release, 3000); // a buffering implementation fails the assertion below instead of hanging
      while (!first) {
        const n = await it.next();
        if (n.done) break;
        if (n.value.type === 'content_block_delta') first = String((n.value.delta as Obj).text);
      }
      const beforeRelease = !wasReleased;
      clearTimeout(timeout);
      expect(first).toBe('first');
      expect(beforeRelease).toBe(true);
      release();
      let rest = '';
      for (let n = await it.next(); !n.done; n = await it.next()) if (n.value.type === 'content_block_delta') rest += String((n.value.delta as Obj).text);
      expect(rest).toBe(' second');
    } finally {
      res?.destroy();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });
});
