// A streamed chat.completions answer (SSE `data:` chunks) translated event by event into the
// Anthropic Messages stream, so the restorer and the client see the same protocol from either
// provider and the first words arrive while the local model is still writing.
import type { Obj } from './types';

interface ToolCallDelta {
  index?: number;
  id?: string;
  function?: { name?: string; arguments?: string };
}
interface Chunk {
  id?: string;
  model?: string;
  choices?: { delta?: { content?: string | null; tool_calls?: ToolCallDelta[] }; finish_reason?: string | null }[];
  usage?: { prompt_tokens?: number; completion_tokens?: number } | null;
}

const STOP: Record<string, string> = { stop: 'end_turn', length: 'max_tokens', tool_calls: 'tool_use' };

/** `data:` payloads of an SSE body, in order; ends at `[DONE]` or the end of the body. */
export async function* sseData(body: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let buf = '';
  for await (const bytes of body) {
    buf += decoder.decode(bytes, { stream: true });
    let cut: number;
    while ((cut = buf.search(/\r?\n\r?\n/)) >= 0) {
      const event = buf.slice(0, cut);
      buf = buf.slice(cut).replace(/^\r?\n\r?\n/, '');
      const data = event.split(/\r?\n/).filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trimStart()).join('\n');
      if (data === '[DONE]') return;
      if (data) yield data;
    }
  }
  const tail = buf.split(/\r?\n/).filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trimStart()).join('\n');
  if (tail && tail !== '[DONE]') yield tail;
}

/** chat.completion.chunk objects → Anthropic stream events (message_start … message_stop). */
export async function* chunksToEvents(chunks: AsyncIterable<Chunk>, model: string): AsyncGenerator<Obj> {
  let started = false;
  let index = -1;
  let open: 'text' | 'tool' | undefined;
  const toolBlocks = new Map<number, number>(); // OpenAI tool-call index → our block index
  let stop = 'end_turn';
  const usage = { input_tokens: 0, output_tokens: 0 };
  const close = function* (): Generator<Obj> {
    if (open) yield { type: 'content_block_stop', index };
    open = undefined;
  };

  for await (const c of chunks) {
    if (!started) {
      started = true;
      yield { type: 'message_start', message: { id: c.id ?? 'msg_local', type: 'message', role: 'assistant', model: c.model ?? model, content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: 0, output_tokens: 0 } } };
    }
    if (c.usage) {
      usage.input_tokens = c.usage.prompt_tokens ?? usage.input_tokens;
      usage.output_tokens = c.usage.completion_tokens ?? usage.output_tokens;
    }
    const choice = c.choices?.[0];
    if (!choice) continue;
    const text = choice.delta?.content;
    if (text) {
      if (open !== 'text') {
        yield* close();
        index++;
        open = 'text';
        yield { type: 'content_block_start', index, content_block: { type: 'text', text: '' } };
      }
      yield { type: 'content_block_delta', index, delta: { type: 'text_delta', text } };
    }
    for (const t of choice.delta?.tool_calls ?? []) {
      const key = t.index ?? 0;
      if (!toolBlocks.has(key)) {
        yield* close();
        index++;
        open = 'tool';
        toolBlocks.set(key, index);
        yield { type: 'content_block_start', index, content_block: { type: 'tool_use', id: t.id ?? `toolu_local_${index}`, name: t.function?.name ?? '', input: {} } };
      }
      // Interleaved fragments of an earlier call cannot be placed once its block closed; models send them in order.
      if (t.function?.arguments && toolBlocks.get(key) === index) yield { type: 'content_block_delta', index, delta: { type: 'input_json_delta', partial_json: t.function.arguments } };
    }
    if (choice.finish_reason) stop = STOP[choice.finish_reason] ?? 'end_turn';
  }
  if (!started) throw new Error('empty stream');
  yield* close();
  yield { type: 'message_delta', delta: { stop_reason: stop, stop_sequence: null }, usage };
  yield { type: 'message_stop' };
}

export async function* parseChunks(data: AsyncIterable<string>): AsyncGenerator<Chunk> {
  for await (const d of data) yield JSON.parse(d) as Chunk;
}
