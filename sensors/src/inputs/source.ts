import { createReadStream, statSync } from 'node:fs';
import type { SensorFormat } from '@protocol-zero/policies';
import type { Inventory } from '../inventory/inventory';
import type { Sighting } from '../inventory/sighting';
import { scanCapture } from './capture';
import { detectFormat, lineFormat } from './formats';
import { UsageError, type ParserOptions } from './line-format';
import { lineBatches } from './lines';
import type { PacketStats } from '../decode/packet';

export interface SourceOptions {
  format?: SensorFormat;
  map?: Record<string, string>;
  /** Called with bytes consumed so far (progress bars). */
  onProgress?: (bytes: number) => void;
  stdin?: NodeJS.ReadableStream;
}

export interface SourceResult { format: SensorFormat; lines: number; packets?: PacketStats }

export class InputError extends Error {}

const CHUNK = 1 << 20;

async function* withHead(head: Uint8Array, rest: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield head;
  for (let r = await rest.next(); !r.done; r = await rest.next()) yield r.value;
}

/** Reads one file (or '-' for stdin) into the inventory, detecting its format unless forced. */
export async function readSource(path: string, inventory: Inventory, opts: SourceOptions = {}): Promise<SourceResult> {
  let referenceMs = Date.now();
  let stream: AsyncIterable<Uint8Array>;
  if (path === '-') stream = (opts.stdin ?? process.stdin) as AsyncIterable<Uint8Array>;
  else {
    try {
      const st = statSync(path);
      if (!st.isFile()) throw new InputError(`${path}: not a regular file`);
      referenceMs = st.mtimeMs;
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw new InputError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    }
    stream = createReadStream(path, { highWaterMark: CHUNK });
  }
  const it = stream[Symbol.asyncIterator]();
  // Detection needs a few lines; gather up to 64 KiB of head before deciding.
  const parts: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < 65536) {
    const r = await it.next().catch((e: NodeJS.ErrnoException) => { throw new InputError(`${path}: cannot read (${e.code ?? e.message})`); });
    if (r.done) { done = true; break; }
    parts.push(r.value);
    size += r.value.length;
  }
  const head = Buffer.concat(parts);
  const format = opts.format ?? detectFormat(head);
  if (!format) throw new UsageError(`${path}: could not recognise the format; pass --format (one of the documented formats)`);
  const body = done ? (async function* () { yield head; })() : withHead(head, it);
  let bytes = 0;
  const progress = (n: number): void => { bytes += n; opts.onProgress?.(bytes); };

  if (format === 'pcap' || format === 'pcapng') {
    const counted = (async function* () { for await (const c of body) { progress(c.length); yield c; } })();
    const one: Sighting = { tsMs: 0, client: '', host: '', kind: 'dns', bytesUp: 0, bytesDown: 0 }; // reused: add() copies
    const r = await scanCapture(counted, (s) => {
      if (s.kind === 'dns' && s.isResponse) return; // the question was counted when it was asked
      one.tsMs = s.tsMs; one.client = s.src; one.host = s.host; one.kind = s.kind;
      inventory.add(one);
    }, format);
    inventory.bad(r.stats.malformed);
    return { format, lines: 0, packets: r.stats };
  }

  const lf = lineFormat(format);
  if (!lf) throw new UsageError(`--format ${format} is not a line format`);
  const popts: ParserOptions = { referenceMs };
  if (opts.map) popts.map = opts.map;
  const parse = lf.create(popts);
  let lines = 0;
  for await (const batch of lineBatches(body)) {
    for (const line of batch.lines) {
      lines++;
      const r = parse(line);
      if (r === 'skip') continue;
      if (r === 'bad') inventory.bad();
      else inventory.add(r);
    }
    progress(batch.bytes);
  }
  return { format, lines };
}
