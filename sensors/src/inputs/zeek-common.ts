import type { LineParser } from './line-format';
import type { LineResult } from '../inventory/sighting';

// Zeek logs come as TSV (with #fields headers, or headerless as some pipelines strip them) or JSON
// lines. Each Zeek format names the fields it needs; this turns either form into a field getter.

export type ZeekRow = (field: string) => string | undefined;

export function zeekDetect(path: string, jsonKeys: string[]): (lines: readonly string[]) => boolean {
  return (lines) =>
    lines.some((l) => l === `#path\t${path}`) ||
    lines.some((l) => l.startsWith('{') && jsonKeys.every((k) => l.includes(`"${k}"`)));
}

/** `defaultFields`: the stock column order, used for headerless TSV. */
export function zeekParser(defaultFields: readonly string[], toSighting: (row: ZeekRow) => LineResult): LineParser {
  let fields = defaultFields;
  let index = new Map(fields.map((f, i) => [f, i]));
  let unset = '-';
  let sep = '\t';
  return (line) => {
    if (line.startsWith('#')) {
      if (line.startsWith('#fields')) { fields = line.split(sep).slice(1); index = new Map(fields.map((f, i) => [f, i])); }
      else if (line.startsWith('#unset_field')) unset = line.split(sep)[1] ?? '-';
      else if (line.startsWith('#separator ')) sep = line.slice(11).replace(/\\x([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
      return 'skip';
    }
    if (line.startsWith('{')) {
      let obj: Record<string, unknown>;
      try { obj = JSON.parse(line) as Record<string, unknown>; } catch { return 'bad'; }
      if (!obj || typeof obj !== 'object') return 'bad';
      return toSighting((f) => {
        const v = obj[f];
        return v === undefined || v === null ? undefined : typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
      });
    }
    const cols = line.split(sep);
    if (cols.length < 3) return 'bad';
    return toSighting((f) => {
      const i = index.get(f);
      const v = i === undefined ? undefined : cols[i];
      return v === undefined || v === unset || v === '(empty)' ? undefined : v;
    });
  };
}

export function zeekTs(v: string | undefined): number {
  if (v === undefined) return NaN;
  if (/^\d+(\.\d+)?$/.test(v)) return Number(v) * 1000;
  return Date.parse(v); // JSON logs written with ISO8601 timestamps
}
