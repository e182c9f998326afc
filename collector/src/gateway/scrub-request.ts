// Finds every piece of user-controlled text in an Anthropic Messages request (system, text blocks,
// tool_use inputs, tool_result content, thinking), so each can be analysed and replaced in place.
// Content the gateway cannot read (images, PDFs, files) is refused: passing it through unscrubbed
// would be failing open.
import type { EntityType, PlaceholderMap, PlaceholderSpan } from '@protocol-zero/policies';
import { scrubWithMap } from '@protocol-zero/policies';
import { AppError } from '../errors';
import type { Analysis } from './analyze';

/** One string inside the (cloned) request body, with a way to write its scrubbed form back. */
export interface TextSlot {
  text: string;
  set(value: string): void;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every string leaf of a JSON value (tool inputs are arbitrary JSON). */
function leafSlots(container: Obj | Json[], key: string | number, out: TextSlot[]): void {
  const v = (container as Record<string | number, Json>)[key];
  if (typeof v === 'string') out.push({ text: v, set: (s) => void ((container as Record<string | number, Json>)[key] = s) });
  else if (Array.isArray(v)) v.forEach((_, i) => leafSlots(v, i, out));
  else if (isObj(v)) for (const k of Object.keys(v)) leafSlots(v, k, out);
}

function blockSlots(blocks: Json, where: string, out: TextSlot[]): void {
  if (!Array.isArray(blocks)) throw new AppError('validation_failed', `${where} must be a string or an array of content blocks`);
  for (const b of blocks) {
    if (!isObj(b)) throw new AppError('validation_failed', `${where} has a content block that is not an object`);
    switch (b.type) {
      case 'text':
        leafSlots(b, 'text', out);
        break;
      case 'thinking':
        leafSlots(b, 'thinking', out);
        break;
      case 'redacted_thinking':
        break; // opaque, produced by the model itself
      case 'tool_use':
        leafSlots(b, 'input', out);
        break;
      case 'tool_result':
        if (typeof b.content === 'string') leafSlots(b, 'content', out);
        else if (b.content !== undefined) blockSlots(b.content, `${where} tool_result`, out);
        break;
      default:
        throw new AppError('validation_failed', `content blocks of type '${String(b.type)}' cannot be scrubbed by the gateway; send text`);
    }
  }
}

/** Deep-clones the body and returns the clone with a slot for every text it carries. */
export function collectSlots(body: unknown): { body: Obj; slots: TextSlot[] } {
  if (!isObj(body)) throw new AppError('validation_failed', 'the body must be a JSON object');
  const clone = structuredClone(body);
  const slots: TextSlot[] = [];
  if (typeof clone.system === 'string') leafSlots(clone, 'system', slots);
  else if (clone.system !== undefined) blockSlots(clone.system, 'system', slots);
  if (!Array.isArray(clone.messages) || clone.messages.length === 0) throw new AppError('validation_failed', 'messages must be a non-empty array');
  clone.messages.forEach((m, i) => {
    if (!isObj(m) || (m.role !== 'user' && m.role !== 'assistant')) throw new AppError('validation_failed', `messages[${i}] needs role 'user' or 'assistant'`);
    if (typeof m.content === 'string') leafSlots(m, 'content', slots);
    else blockSlots(m.content ?? null, `messages[${i}].content`, slots);
  });
  return { body: clone, slots };
}

export interface ScrubOutcome {
  /** Distinct placeholders used by this request, counted by entity. */
  entities: Partial<Record<EntityType, number>>;
  spans: PlaceholderSpan[][];
}

/** Replaces findings (and every already-known value) in each slot with the conversation's placeholders. */
export function applyScrub(slots: readonly TextSlot[], analyses: readonly Analysis[], map: PlaceholderMap): ScrubOutcome {
  const used = new Map<string, EntityType>();
  const spans: PlaceholderSpan[][] = [];
  slots.forEach((slot, i) => {
    const r = scrubWithMap(slot.text, analyses[i]?.findings ?? [], map);
    slot.set(r.text);
    spans.push(r.spans);
    for (const s of r.spans) used.set(s.placeholder, s.entity);
  });
  const entities: Partial<Record<EntityType, number>> = {};
  for (const e of used.values()) entities[e] = (entities[e] ?? 0) + 1;
  return { entities, spans };
}

/** The first user text: with the caller's identity, it names a conversation when the caller sends no id. */
export function firstUserText(body: Obj): string {
  const first = (body.messages as Json[]).find((m) => isObj(m) && m.role === 'user') as Obj | undefined;
  if (!first) return '';
  if (typeof first.content === 'string') return first.content;
  return JSON.stringify(first.content ?? '');
}
