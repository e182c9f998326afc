import type { SensorFormat } from '@protocol-zero/policies';
import type { LineResult } from '../inventory/sighting';

export interface ParserOptions {
  /** Time used when a format has no year or no timestamp (the file's mtime). */
  referenceMs: number;
  /** Generic csv/jsonl: target field → source column name (or 0-based index for headerless CSV). */
  map?: Record<string, string>;
}

export type LineParser = (line: string) => LineResult;

/** One log format: a detector over the first lines and a parser factory (parsers may keep header state). */
export interface LineFormat {
  id: SensorFormat;
  /** True if these first non-empty lines are clearly this format. */
  detect(sample: readonly string[]): boolean;
  create(opts: ParserOptions): LineParser;
}

export class UsageError extends Error {}
