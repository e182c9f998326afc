import { readFileSync } from 'node:fs';
import type { SensorFormat } from '@protocol-zero/policies';
import type { LineResult, Sighting } from '../inventory/sighting';
import { detectFormat, lineFormat } from '../inputs/formats';
import { evalPath } from './eval-data';

/** Runs one format's parser over a real evaluation file; also reports what detection picks. */
export function parseEvalFile(rel: string, format: SensorFormat, map?: Record<string, string>, rewrite: (text: string) => string = (t) => t): { detected: SensorFormat | undefined; results: LineResult[]; sightings: Sighting[]; lines: string[] } {
  const raw = Buffer.from(rewrite(readFileSync(evalPath(rel), 'utf8')));
  const lf = lineFormat(format);
  if (!lf) throw new Error(`no line format ${format}`);
  const parse = lf.create(map ? { referenceMs: Date.UTC(2024, 0, 1), map } : { referenceMs: Date.UTC(2024, 0, 1) });
  const lines = raw.toString('utf8').split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l !== '');
  const results = lines.map(parse);
  return { detected: detectFormat(raw), results, sightings: results.filter((r): r is Sighting => typeof r === 'object'), lines };
}

export const pairs = (list: Sighting[]): string[] => list.map((s) => `${s.client}|${s.host}`);

/** Zeek btest baselines mask timestamps; give them a real one so rows are not counted as bad. */
export const unmaskZeekTs = (t: string): string => t.replaceAll('XXXXXXXXXX.XXXXXX', '1700000000.000000');
