// A self-hosted model (Ollama, vLLM, llama.cpp server) through its OpenAI-compatible
// /v1/chat/completions endpoint, translated to and from the Anthropic Messages shape so the rest of
// the gateway sees one protocol. Text and function tools are translated; other block types are
// refused earlier by the scrubber.
import { chunksToEvents, parseChunks, sseData } from './openai-stream';
import { type Obj, type Provider, UpstreamError } from './types';

export interface OpenAiCompatOptions {
  baseURL: string; // e.g. http://127.0.0.1:11434 (Ollama) — '/v1/chat/completions' is appended
  apiKey?: string | undefined;
  fetchImpl?: typeof fetch;
}

type Block = { type: string; text?: string; id?: string; name?: string; input?: unknown; tool_use_id?: string; content?: unknown };

const text = (c: unknown): string =>
  typeof c === 'string' ? c : Array.isArray(c) ? (c as Block[]).filter((b) => b.type === 'text').map((b) => b.text ?? '').join('') : '';

/** Anthropic request → OpenAI chat.completions request. */
export function toOpenAi(body: Obj): Obj {
  const messages: Obj[] = [];
  const system = text(body.system);
  if (system) messages.push({ role: 'system', content: system });
  for (const m of (body.messages ?? []) as { role: string; content: unknown }[]) {
    const blocks: Block[] = typeof m.content === 'string' ? [{ type: 'text', text: m.content }] : ((m.content as Block[]) ?? []);
    const toolCalls = blocks.filter((b) => b.type === 'tool_use').map((b) => ({ id: b.id, type: 'function', function: { name: b.name, arguments: JSON.stringify(b.input ?? {}) } }));
    for (const r of blocks.filter((b) => b.type === 'tool_result')) messages.push({ role: 'tool', tool_call_id: r.tool_use_id, content: text(r.content) });
    const t = text(blocks);
    if (t || toolCalls.length) messages.push({ role: m.role, content: t, ...(toolCalls.length ? { tool_calls: toolCalls } : {}) });
  }
  const tools = ((body.tools ?? []) as { name: string; description?: string; input_schema?: unknown }[]).map((t) => ({
    type: 'function', function: { name: t.name, description: t.description ?? '', parameters: t.input_schema ?? { type: 'object' } },
  }));
  return {
    model: body.model, messages, max_tokens: body.max_tokens,
    ...(body.temperature !== undefined ? { temperature: body.temperature } : {}),
    ...(tools.length ? { tools } : {}),
  };
}

interface OaChoice { message?: { content?: string | null; tool_calls?: { id: string; function: { name: string; arguments: string } }[] }; finish_reason?: string }
interface OaResponse { id?: string; model?: string; choices?: OaChoice[]; usage?: { prompt_tokens?: number; completion_tokens?: number } }

const STOP: Record<string, string> = { stop: 'end_turn', length: 'max_tokens', tool_calls: 'tool_use' };

function parseArgs(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return { _raw: s };
  }
}

/** OpenAI chat.completion → Anthropic Message. */
export function fromOpenAi(r: OaResponse, model: string): Obj {
  const choice = r.choices?.[0];
  const content: Obj[] = [];
  if (choice?.message?.content) content.push({ type: 'text', text: choice.message.content });
  for (const c of choice?.message?.tool_calls ?? []) content.push({ type: 'tool_use', id: c.id, name: c.function.name, input: parseArgs(c.function.arguments) });
  return {
    id: r.id ?? 'msg_local', type: 'message', role: 'assistant', model: r.model ?? model, content,
    stop_reason: STOP[choice?.finish_reason ?? 'stop'] ?? 'end_turn', stop_sequence: null,
    usage: { input_tokens: r.usage?.prompt_tokens ?? 0, output_tokens: r.usage?.completion_tokens ?? 0 },
  };
}

/** A whole Message replayed as the Anthropic event sequence (one text delta, one JSON delta per tool). */
export function* messageAsEvents(m: Obj): Generator<Obj> {
  const usage = m.usage as { input_tokens: number; output_tokens: number };
  yield { type: 'message_start', message: { ...m, content: [], stop_reason: null, usage: { input_tokens: usage.input_tokens, output_tokens: 0 } } };
  for (const [index, b] of (m.content as Obj[]).entries()) {
    if (b.type === 'text') {
      yield { type: 'content_block_start', index, content_block: { type: 'text', text: '' } };
      yield { type: 'content_block_delta', index, delta: { type: 'text_delta', text: b.text } };
    } else {
      yield { type: 'content_block_start', index, content_block: { ...b, input: {} } };
      yield { type: 'content_block_delta', index, delta: { type: 'input_json_delta', partial_json: JSON.stringify(b.input) } };
    }
    yield { type: 'content_block_stop', index };
  }
  yield { type: 'message_delta', delta: { stop_reason: m.stop_reason, stop_sequence: null }, usage: { output_tokens: usage.output_tokens } };
  yield { type: 'message_stop' };
}

export function openAiCompatProvider(o: OpenAiCompatOptions): Provider {
  const f = o.fetchImpl ?? fetch;
  const url = `${o.baseURL.replace(/\/$/, '').replace(/\/v1$/, '')}/v1/chat/completions`;
  async function post(body: Obj, signal?: AbortSignal): Promise<Response> {
    let res: Response;
    try {
      res = await f(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(o.apiKey ? { authorization: `Bearer ${o.apiKey}` } : {}) },
        body: JSON.stringify(body),
        ...(signal ? { signal } : {}),
      });
    } catch {
      throw new UpstreamError('local model unreachable');
    }
    if (!res.ok) {
      void res.body?.cancel().catch(() => undefined);
      throw new UpstreamError(`local model answered ${res.status}`, res.status);
    }
    return res;
  }
  async function call(body: Obj, signal?: AbortSignal): Promise<Obj> {
    const res = await post(toOpenAi(body), signal);
    return fromOpenAi((await res.json()) as OaResponse, String(body.model));
  }
  return {
    name: 'openai-compat',
    create: call,
    // Streamed end to end: chunks are translated as they arrive (usage comes in the last chunk).
    async *stream(body, signal) {
      const res = await post({ ...toOpenAi(body), stream: true, stream_options: { include_usage: true } }, signal);
      if (!/text\/event-stream/i.test(res.headers.get('content-type') ?? '') || !res.body) {
        // A server that ignores `stream` answers one JSON object: replay it as events.
        yield* messageAsEvents(fromOpenAi((await res.json()) as OaResponse, String(body.model)));
        return;
      }
      try {
        yield* chunksToEvents(parseChunks(sseData(res.body as unknown as AsyncIterable<Uint8Array>)), String(body.model));
      } catch (err) {
        if (err instanceof UpstreamError) throw err;
        throw new UpstreamError(signal?.aborted ? 'aborted' : 'local model stream failed');
      }
    },
  };
}
