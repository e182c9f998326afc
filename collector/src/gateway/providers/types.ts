// What the gateway needs from a model provider: one Messages-shaped call, JSON or streamed. Every
// provider speaks the Anthropic Messages shape on both sides, so scrub/restore is written once.

export type Obj = Record<string, unknown>;

export interface Provider {
  readonly name: 'anthropic' | 'openai-compat';
  /** Non-streamed call: an Anthropic `Message` object. */
  create(body: Obj, signal?: AbortSignal): Promise<Obj>;
  /** Streamed call: Anthropic stream events (message_start … message_stop), in order. */
  stream(body: Obj, signal?: AbortSignal): AsyncIterable<Obj>;
}

/** The provider failed. `status` is the upstream HTTP status when there was one. */
export class UpstreamError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'UpstreamError';
  }
}
