import type { Readable } from 'node:stream';

// Lines from a byte stream, a chunk's worth at a time: each chunk is cut at its last newline, decoded
// once and split, so multi-byte characters never straddle a cut and no per-line Buffer is made.

const NL = 0x0a;

export interface LineBatch { lines: string[]; bytes: number }

export async function* lineBatches(input: AsyncIterable<Uint8Array> | Readable, first?: Uint8Array): AsyncGenerator<LineBatch> {
  let rest: Buffer = Buffer.alloc(0);
  const handle = function* (chunk: Uint8Array): Generator<LineBatch> {
    const buf: Buffer = rest.length ? Buffer.concat([rest, chunk]) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const last = buf.lastIndexOf(NL);
    if (last < 0) { rest = Buffer.from(buf); return; }
    const text = buf.toString('utf8', 0, last);
    rest = Buffer.from(buf.subarray(last + 1));
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) { const l = lines[i]!; if (l.endsWith('\r')) lines[i] = l.slice(0, -1); }
    yield { lines, bytes: last + 1 };
  };
  if (first) yield* handle(first);
  for await (const chunk of input as AsyncIterable<Uint8Array>) yield* handle(chunk);
  if (rest.length) {
    const l = rest.toString('utf8');
    yield { lines: [l.endsWith('\r') ? l.slice(0, -1) : l], bytes: rest.length };
  }
}
