import { resolveOverlaps } from '../detectors/engine';
import type { EntityType, Finding } from '../detectors/types';
import type { PlaceholderEntry, PlaceholderMap } from './map';
import { entityLabel } from './syntax';

/** Where a replacement landed, in offsets of the OUTPUT text (what the UI highlights). */
export interface PlaceholderSpan {
  placeholder: string;
  entity: EntityType;
  start: number;
  end: number;
}

export const KNOWN_VALUE_DETECTOR = 'vault/known-value';
const WORD = /[\p{L}\p{N}_]/u;

/**
 * Every occurrence of a value already in the map, as findings. This is what keeps placeholders
 * stable when a detector misses a value in a later turn (a bare first name in a restored answer the
 * client sends back as history): once a value is in the vault it never reaches upstream again.
 * Word boundaries stop a short value ("Al") from eating other words ("Also").
 */
export function findKnownValues(text: string, map: PlaceholderMap): Finding[] {
  const out: Finding[] = [];
  for (const e of map.entries()) {
    if (e.value.length === 0) continue;
    for (let i = text.indexOf(e.value); i !== -1; i = text.indexOf(e.value, i + 1)) {
      const end = i + e.value.length;
      const before = i > 0 ? text[i - 1]! : '';
      const after = end < text.length ? text[end]! : '';
      if (WORD.test(e.value[0]!) && before && WORD.test(before)) continue;
      if (WORD.test(e.value[e.value.length - 1]!) && after && WORD.test(after)) continue;
      out.push({ entity: e.entity, start: i, end, score: 1, detector: KNOWN_VALUE_DETECTOR });
    }
  }
  return out;
}

/** Replaces spans (sorted, non-overlapping) with whatever `replacement` returns; tracks output offsets. */
export function replaceSpans(
  text: string,
  findings: readonly Finding[],
  replacement: (f: Finding, value: string) => { text: string; placeholder?: string },
): { text: string; spans: PlaceholderSpan[] } {
  let out = '';
  let last = 0;
  const spans: PlaceholderSpan[] = [];
  for (const f of findings) {
    if (f.start < last || f.end <= f.start || f.end > text.length) continue; // defensive: overlapping or bad span
    out += text.slice(last, f.start);
    const r = replacement(f, text.slice(f.start, f.end));
    spans.push({ placeholder: r.placeholder ?? r.text, entity: f.entity, start: out.length, end: out.length + r.text.length });
    out += r.text;
    last = f.end;
  }
  return { text: out + text.slice(last), spans };
}

export interface ScrubResult {
  text: string;
  spans: PlaceholderSpan[];
  /** Entries issued by this call (the caller persists them before anything goes upstream). */
  added: PlaceholderEntry[];
}

/**
 * Detector findings + every known vault value → stable typed placeholders. Known values score 1 so
 * they win overlaps and keep their first placeholder.
 */
export function scrubWithMap(text: string, findings: readonly Finding[], map: PlaceholderMap): ScrubResult {
  const all = resolveOverlaps([...findings, ...findKnownValues(text, map)]);
  const added: PlaceholderEntry[] = [];
  const r = replaceSpans(text, all, (f, value) => {
    const { entry, isNew } = map.assign(f.entity, value);
    if (isNew) added.push(entry);
    return { text: entry.placeholder };
  });
  return { ...r, added };
}

export type RedactStyle = 'placeholder' | 'mask' | 'entity-label';

/**
 * One-shot redaction for callers without a conversation (extension "redact" action, Presidio
 * anonymize). 'placeholder' numbers per call unless a map is given; 'mask' keeps the length.
 */
export function redact(
  text: string,
  findings: readonly Finding[],
  style: RedactStyle,
  opts: { map?: PlaceholderMap; maskChar?: string } = {},
): { text: string; spans: PlaceholderSpan[] } {
  const sorted = resolveOverlaps([...findings]);
  switch (style) {
    case 'placeholder': {
      if (opts.map) {
        const { text: t, spans } = scrubWithMap(text, sorted, opts.map);
        return { text: t, spans };
      }
      const local = new Map<string, string>();
      const counters = new Map<EntityType, number>();
      return replaceSpans(text, sorted, (f, value) => {
        let ph = local.get(value);
        if (!ph) {
          const n = (counters.get(f.entity) ?? 0) + 1;
          counters.set(f.entity, n);
          ph = `<${f.entity}_${n}>`;
          local.set(value, ph);
        }
        return { text: ph };
      });
    }
    case 'mask': {
      const ch = opts.maskChar ?? '*';
      return replaceSpans(text, sorted, (f, value) => ({ text: ch.repeat([...value].length), placeholder: entityLabel(f.entity) }));
    }
    case 'entity-label':
      return replaceSpans(text, sorted, (f) => ({ text: entityLabel(f.entity) }));
  }
}
