import { ENTITY_TYPES, type EntityType } from '../detectors/types';

// One grammar for placeholders, shared by assignment, restore and the streaming restorer:
// `<` ENTITY `_` N `>` where ENTITY is one of ENTITY_TYPES and N a positive decimal.
// Models sometimes invent look-alikes (`<PERSON_7>` never issued, `<NAME_1>`); those match the
// grammar loosely (any upper-case tag) so they can be flagged instead of passing silently.

/** Longest placeholder we will ever buffer while streaming: bounded so a stray `<` cannot stall output. */
export const MAX_PLACEHOLDER_LENGTH = 48;

/** Loose shape: what a model could produce that looks like one of ours (restored if known, flagged if not). */
export const PLACEHOLDER_RE = /<([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)_([1-9][0-9]{0,5})>/g;

const ENTITY_SET = new Set<string>(ENTITY_TYPES);

export function formatPlaceholder(entity: EntityType, n: number): string {
  return `<${entity}_${n}>`;
}

export function entityLabel(entity: EntityType): string {
  return `<${entity}>`;
}

/** Parses an exact placeholder; undefined when the text is not one of ours (unknown tag or bad number). */
export function parsePlaceholder(text: string): { entity: EntityType; n: number } | undefined {
  const m = /^<([A-Z][A-Z0-9_]*)_([1-9][0-9]{0,5})>$/.exec(text);
  if (!m || !ENTITY_SET.has(m[1]!)) return undefined;
  return { entity: m[1] as EntityType, n: Number(m[2]) };
}

/**
 * Could `s` (which starts with `<`) still grow into a placeholder? Used by the streaming restorer to
 * decide how much of the tail to hold back. Deliberately permissive: holding back a little too much
 * only delays a few characters; holding back too little leaks a half placeholder.
 */
export function isPlaceholderPrefix(s: string): boolean {
  if (s.length === 0 || s.length >= MAX_PLACEHOLDER_LENGTH || s[0] !== '<') return false;
  return /^<(?:[A-Z][A-Z0-9_]*)?$/.test(s);
}
