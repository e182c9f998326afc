import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import type { SensorBatch, SensorFormat } from '@protocol-zero/policies';
import type { Inventory } from '../inventory/inventory';

/** Everything needed to resume exactly where we were: position, parser headers, counts, unsent batches. */
export interface Checkpoint {
  version: 1;
  ino: number;
  dev: number;
  /** Byte offset just after the last newline processed; a partial last line is re-read from the file. */
  offset: number;
  /** sha256 of the first headLen bytes: finds the copy after a copytruncate rotation. */
  headHash: string;
  headLen: number;
  format: SensorFormat;
  /** Header lines (#fields …) the parser has seen, replayed into a fresh parser on resume. */
  headers: string[];
  inventory: ReturnType<Inventory['snapshot']>;
  /** Rows counted since the last batch was cut (only when shipping). */
  pending: ReturnType<Inventory['snapshot']> | undefined;
  /** Batches cut but not yet acknowledged; resent on resume (the collector dedups by batchId). */
  outbox: SensorBatch[];
}

export function loadCheckpoint(path: string): Checkpoint | undefined {
  let text: string;
  try { text = readFileSync(path, 'utf8'); } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  const cp = JSON.parse(text) as Checkpoint;
  if (cp.version !== 1) throw new Error(`checkpoint ${path}: unknown version`);
  return cp;
}

/** Write-to-temp, fsync, rename: a SIGKILL leaves either the old or the new checkpoint, never half. */
export function saveCheckpoint(path: string, cp: Checkpoint): void {
  const tmp = `${path}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, JSON.stringify(cp));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}
