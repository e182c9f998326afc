// Claude through the official SDK. The SDK owns retries (429/5xx with backoff) and SSE parsing; we
// only translate its errors into UpstreamError so no upstream message text leaks into our logs.
import Anthropic from '@anthropic-ai/sdk';
import type { MessageCreateParamsNonStreaming, MessageCreateParamsStreaming } from '@anthropic-ai/sdk/resources/messages';
import { type Obj, type Provider, UpstreamError } from './types';

export interface AnthropicProviderOptions {
  apiKey: string;
  baseURL?: string | undefined;
  maxRetries?: number;
  timeoutMs?: number;
}

function upstream(err: unknown): UpstreamError {
  if (err instanceof Anthropic.APIError) return new UpstreamError(`anthropic answered ${err.status ?? 'no status'} (${err.type ?? 'unknown'})`, err.status);
  if (err instanceof Error && err.name === 'AbortError') return new UpstreamError('aborted');
  return new UpstreamError('anthropic unreachable');
}

export function anthropicProvider(o: AnthropicProviderOptions): Provider {
  // An explicit timeout also stops the SDK refusing large non-streamed max_tokens.
  const client = new Anthropic({ apiKey: o.apiKey, baseURL: o.baseURL ?? null, maxRetries: o.maxRetries ?? 2, timeout: o.timeoutMs ?? 600_000 });
  return {
    name: 'anthropic',
    async create(body, signal) {
      try {
        const params = { ...body, stream: false } as unknown as MessageCreateParamsNonStreaming;
        return (await client.messages.create(params, signal ? { signal } : {})) as unknown as Obj;
      } catch (err) {
        throw upstream(err);
      }
    },
    async *stream(body, signal) {
      let s: AsyncIterable<unknown>;
      try {
        const params = { ...body, stream: true } as unknown as MessageCreateParamsStreaming;
        s = await client.messages.create(params, signal ? { signal } : {});
      } catch (err) {
        throw upstream(err);
      }
      try {
        for await (const ev of s) yield ev as Obj;
      } catch (err) {
        throw upstream(err);
      }
    },
  };
}
