import { normalize, type Embedder } from './types';

export interface OpenAiEmbedderOptions {
  baseUrl: string; // e.g. http://gpu-box:11434/v1 (Ollama), http://vllm:8000/v1, http://tei:8080/v1
  model: string;
  apiKey?: string;
  batchSize?: number;
  fetchImpl?: typeof fetch;
}

/** Pretrained embeddings from an OpenAI-compatible `/embeddings` endpoint (Ollama, vLLM, TEI). */
export class OpenAiCompatibleEmbedder implements Embedder {
  readonly id: string;
  dimensions = 0;

  constructor(private readonly opts: OpenAiEmbedderOptions) {
    this.id = `openai-compat:${opts.model}`;
  }

  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    const out: Float32Array[] = [];
    const size = this.opts.batchSize ?? 64;
    for (let i = 0; i < texts.length; i += size) out.push(...(await this.batch(texts.slice(i, i + size))));
    return out;
  }

  private async batch(input: readonly string[]): Promise<Float32Array[]> {
    const res = await (this.opts.fetchImpl ?? fetch)(`${this.opts.baseUrl.replace(/\/$/, '')}/embeddings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.opts.apiKey ? { authorization: `Bearer ${this.opts.apiKey}` } : {}) },
      body: JSON.stringify({ model: this.opts.model, input }),
    });
    if (!res.ok) throw new Error(`embeddings endpoint answered ${res.status}`);
    const body = (await res.json()) as { data?: Array<{ index: number; embedding: number[] }> };
    if (!Array.isArray(body.data) || body.data.length !== input.length) throw new Error('embeddings endpoint returned a malformed body');
    const vectors = [...body.data].sort((a, b) => a.index - b.index).map((d) => normalize(Float32Array.from(d.embedding)));
    this.dimensions = vectors[0]?.length ?? this.dimensions;
    return vectors;
  }
}
