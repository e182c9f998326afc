import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readdirSync, readSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { SensorFormat } from '@protocol-zero/policies';
import { detectFormat, lineFormat } from '../inputs/formats';
import { UsageError, type LineParser } from '../inputs/line-format';
import { InputError } from '../inputs/source';
import { Inventory, type InventoryOptions } from '../inventory/inventory';
import type { Report } from '../output/render';
import { buildBatches } from '../ship/batch';
import { shipBatch, type ShipOptions } from '../ship/client';
import { loadCheckpoint, saveCheckpoint, type Checkpoint } from './checkpoint';

// Follows one log file. Rotation by rename+create is seen as a new inode at the path (the old file is
// drained first, found again by inode after a restart); copytruncate is seen as the file shrinking
// (the rest is read from the copy, found by the hash of its first bytes). Counts, position and unsent
// batches are saved together atomically after every chunk, so a SIGKILL loses nothing and a restart
// counts nothing twice.

export interface TailOptions {
  file: string;
  checkpoint: string;
  once: boolean;
  intervalMs: number;
  inventory: InventoryOptions;
  sensorId: string;
  format?: SensorFormat;
  map?: Record<string, string>;
  ship?: ShipOptions;
  /** Cut a batch for the collector at most this often. */
  shipEveryMs?: number;
  signal?: AbortSignal;
}

const CHUNK = 1 << 20;
const HEAD = 4096;
const MAX_HEADERS = 64;

interface Open { fd: number; ino: number; dev: number }

function statOrUndefined(path: string): Stats | undefined {
  try { return statSync(path); } catch { return undefined; }
}

function hashHead(fd: number, len: number): string {
  const buf = Buffer.alloc(len);
  const n = len ? readSync(fd, buf, 0, len, 0) : 0;
  return createHash('sha256').update(buf.subarray(0, n)).digest('hex');
}

/** A sibling of `file` (same directory, name starting with its base name) matching `pred`. */
function findSibling(file: string, pred: (path: string, st: Stats) => boolean): string | undefined {
  const dir = dirname(file);
  const base = basename(file);
  for (const name of readdirSync(dir)) {
    if (name === base || !name.startsWith(base)) continue;
    const p = join(dir, name);
    const st = statOrUndefined(p);
    if (st?.isFile() && pred(p, st)) return p;
  }
  return undefined;
}

export async function runTail(opts: TailOptions): Promise<Report> {
  const inventory = new Inventory(opts.inventory);
  const pending = opts.ship ? new Inventory(opts.inventory) : undefined;
  let cp = loadCheckpoint(opts.checkpoint);
  let format = cp?.format ?? opts.format;
  const headers: string[] = cp?.headers ?? [];
  let parser: LineParser | undefined;
  let offset = 0;
  let headHash = '';
  let headLen = 0;
  let outbox = cp?.outbox ?? [];
  let lastCut = Date.now();
  if (cp) {
    inventory.restore(cp.inventory);
    if (pending && cp.pending) pending.restore(cp.pending);
  }

  const makeParser = (): LineParser => {
    const lf = lineFormat(format!);
    if (!lf) throw new UsageError(`tail reads line logs; ${format} is not one`);
    const p = lf.create({ referenceMs: Date.now(), ...(opts.map ? { map: opts.map } : {}) });
    for (const h of headers) p(h);
    return p;
  };

  const consume = (line: string): void => {
    if (line.startsWith('#') && headers.length < MAX_HEADERS) headers.push(line);
    const r = parser!(line);
    if (r === 'skip') return;
    if (r === 'bad') { inventory.bad(); pending?.bad(); return; }
    inventory.add(r);
    pending?.add(r);
  };

  let cur: Open | undefined;
  const commit = (): void => {
    if (!cur || !format) return;
    const next: Checkpoint = { version: 1, ino: cur.ino, dev: cur.dev, offset, headHash, headLen, format, headers, inventory: inventory.snapshot(), pending: pending?.snapshot(), outbox };
    saveCheckpoint(opts.checkpoint, next);
    cp = next;
  };

  /** Reads fd from `from` to EOF, feeding complete lines; at `final` a last unterminated line counts too. */
  const drain = (fd: number, from: number, final: boolean): number => {
    const buf = Buffer.alloc(CHUNK);
    let pos = from;
    let carry = Buffer.alloc(0);
    for (;;) {
      const n = readSync(fd, buf, 0, CHUNK, pos + carry.length);
      if (n === 0) break;
      // Truncated (copytruncate) since we last looked? Then these bytes are not the lines we expect:
      // stop, and let the caller recover from the copy. Checked after the read, so a truncation that
      // lands later still leaves what we read valid (it is in the copy too).
      if (fd === cur?.fd && headLen > 0 && hashHead(fd, headLen) !== headHash) return pos;
      const data = carry.length ? Buffer.concat([carry, buf.subarray(0, n)]) : buf.subarray(0, n);
      const nl = data.lastIndexOf(0x0a);
      if (nl < 0) { carry = Buffer.from(data); continue; }
      if (!format) {
        format = detectFormat(data.subarray(0, nl + 1));
        if (!format) throw new UsageError(`${opts.file}: could not recognise the format; pass --format`);
      }
      parser ??= makeParser();
      for (const line of data.toString('utf8', 0, nl).split('\n')) consume(line.endsWith('\r') ? line.slice(0, -1) : line);
      pos += nl + 1;
      carry = Buffer.from(data.subarray(nl + 1));
      if (fd === cur?.fd) {
        offset = pos;
        if (headLen < HEAD) { headLen = Math.min(HEAD, pos); headHash = hashHead(fd, headLen); }
        commit();
      }
    }
    if (final && carry.length) {
      parser ??= makeParser();
      consume(carry.toString('utf8').replace(/\r$/, ''));
      pos += carry.length;
    }
    return pos;
  };

  const openCurrent = (st?: Stats): Open | undefined => {
    let fd: number;
    try { fd = openSync(opts.file, 'r'); } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new InputError(`${opts.file}: cannot read (${(e as NodeJS.ErrnoException).code})`);
    }
    const fst = st ?? fstatSync(fd);
    return { fd, ino: fstatSync(fd).ino, dev: fst.dev };
  };

  // Resume: where is the file we were reading?
  cur = openCurrent();
  if (!cur && !opts.once && !cp) throw new InputError(`${opts.file}: no such file`);
  if (cp && cur) {
    if (cur.ino === cp.ino && cur.dev === cp.dev) {
      const size = fstatSync(cur.fd).size;
      if (size >= cp.offset && (cp.headLen === 0 || hashHead(cur.fd, cp.headLen) === cp.headHash)) { offset = cp.offset; headHash = cp.headHash; headLen = cp.headLen; }
      else recoverFromCopy(cp); // copytruncate happened while we were down
    } else {
      // Renamed away while we were down: finish the old file (found by inode), then start the new one.
      const old = findSibling(opts.file, (_, st) => st.ino === cp!.ino && st.dev === cp!.dev);
      if (old) drainFile(old, cp.offset);
      else if (cp.offset > 0) opts.ship?.log?.(`tail: rotated file (inode ${cp.ino}) is gone; lines after offset ${cp.offset} in it are lost`);
    }
  }

  function drainFile(path: string, from: number): void {
    const fd = openSync(path, 'r');
    try { drain(fd, from, true); } finally { closeSync(fd); }
  }

  function recoverFromCopy(c: Checkpoint): void {
    const copy = findSibling(opts.file, (p, st) => {
      if (st.size < c.offset || c.headLen === 0) return false;
      const fd = openSync(p, 'r');
      try { return hashHead(fd, c.headLen) === c.headHash; } finally { closeSync(fd); }
    });
    if (copy) drainFile(copy, c.offset);
    offset = 0; headHash = ''; headLen = 0;
  }

  await flushOutbox();
  if (cur) { drain(cur.fd, offset, false); commit(); }

  async function flushOutbox(force = false): Promise<void> {
    if (!opts.ship || !pending) return;
    if (force || Date.now() - lastCut >= (opts.shipEveryMs ?? 10_000)) {
      if (pending.stats.records > 0) {
        outbox = [...outbox, ...buildBatches({ rows: pending.rows(), unknownHosts: pending.unknownHosts(), stats: pending.stats, format: format ?? 'squid', sensorId: opts.sensorId })];
        pending.restore({ rows: [], unknown: [], stats: { records: 0, matched: 0, malformed: 0 } });
        commit(); // the batch and the reset counters are saved together
      }
      lastCut = Date.now();
    }
    while (outbox.length) {
      await shipBatch(outbox[0]!, opts.ship);
      outbox = outbox.slice(1);
      commit();
    }
  }

  while (!opts.signal?.aborted) {
    const before = offset;
    if (cur) drain(cur.fd, offset, false);
    const st = statOrUndefined(opts.file);
    if (cur && st && (st.ino !== cur.ino || st.dev !== cur.dev)) {
      // rename + create. The writer keeps appending to the renamed file until it reopens (SIGHUP,
      // `squid -k rotate`), so switch only once the old file stayed quiet for one poll.
      if (offset !== before && !opts.once) { await new Promise((r) => setTimeout(r, opts.intervalMs)); continue; }
      offset = drain(cur.fd, offset, true);
      closeSync(cur.fd);
      cur = openCurrent();
      offset = 0; headHash = ''; headLen = 0;
      commit();
      continue;
    }
    // copytruncate: the file shrank, or was truncated and has already grown past our offset again
    // (its first bytes changed). What we had not read yet is in the copy.
    if (cur && (fstatSync(cur.fd).size < offset || (headLen > 0 && hashHead(cur.fd, headLen) !== headHash))) {
      if (cp) recoverFromCopy({ ...cp, offset, headHash, headLen });
      offset = 0; headHash = ''; headLen = 0;
      commit();
      continue;
    }
    if (!cur && st) { cur = openCurrent(); offset = 0; continue; }
    await flushOutbox(opts.once);
    if (opts.once) break;
    await new Promise((r) => setTimeout(r, opts.intervalMs));
  }
  if (cur) closeSync(cur.fd);
  return { rows: inventory.rows(), unknownHosts: inventory.unknownHosts(), stats: inventory.stats, sources: [{ path: opts.file, format: format ?? 'unknown' }] };
}
