import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OpenAiCompatibleEmbedder } from './openai-compatible';

// A local server speaking the OpenAI embeddings shape (as Ollama/vLLM/TEI do), answering out of order.
let url = '';
const seen: Array<{ model: string; input: string[]; auth: string | undefined }> = [];
const server = createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    const { model, input } = JSON.parse(body) as { model: string; input: string[] };
    seen.push({ model, input, auth: req.headers.authorization });
    if (input.includes('fail')) {
      res.writeHead(500).end();
      return;
    }
    const data = input.map((t, index) => ({ index, embedding: [t.length, 0, 0] })).reverse();
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
  });
});
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('OpenAiCompatibleEmbedder', () => {
  it('batches, restores order by index, normalises, and sends the key', async () => {
    const e = new OpenAiCompatibleEmbedder({ baseUrl: url, model: 'nomic-embed-text', apiKey: 'k', batchSize: 2 });
    const v = await e.embed(['a', 'bb', 'ccc']);
    expect(v.map((x) => [...x])).toEqual([[1, 0, 0], [1, 0, 0], [1, 0, 0]]);
    expect(seen.map((s) => s.input)).toEqual([['a', 'bb'], ['ccc']]);
    expect(seen[0]).toMatchObject({ model: 'nomic-embed-text', auth: 'Bearer k' });
    expect(e.dimensions).toBe(3);
  });
  it('fails loudly on an error status', async () => {
    await expect(new OpenAiCompatibleEmbedder({ baseUrl: url, model: 'm' }).embed(['fail'])).rejects.toThrow(/500/);
  });
});
