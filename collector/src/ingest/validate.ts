// Fast path for validating an extension event batch. zod (EventBatchSchema in policies/wire) stays the
// documented schema and the source of every error message; this hand-written check only says "certainly
// valid, and zod would return this very object unchanged" — anything else (an invalid batch, or a valid
// one zod would reshape, e.g. unknown keys stripped from `file`) goes to zod. It exists because zod
// re-builds every object of a 500-event batch, which was the largest server cost per batch.
// validate.test.ts checks that property (fast ⇒ zod accepts and returns a deep-equal value) on
// generated mutations of every field, and that ordinary batches take the fast path.
import {
  ActionSchema, ChannelSchema, DATA_CLASSES, DecisionEventSchema, ENTITY_TYPES, MAX_EVENTS_PER_BATCH, OUTCOMES, SEVERITIES, TierSchema,
  WIRE_VERSION, type EventBatch,
} from '@protocol-zero/policies';

interface CheckDef { check: string; pattern?: RegExp; minimum?: number; maximum?: number }
interface StringDef {
  _zod: { def: { pattern?: RegExp; checks?: { _zod: { def: CheckDef } }[] } };
}

/** The regex a zod string schema tests (its format, or its `.regex()`), so both paths use the same one. */
export function patternOf(schema: unknown): RegExp | undefined {
  const def = (schema as StringDef)._zod.def;
  const re = def.pattern ?? def.checks?.find((c) => c._zod.def.check === 'string_format')?._zod.def.pattern;
  // A stateful (g/y) regex would make .test() depend on the previous call.
  return re && !re.global && !re.sticky ? re : undefined;
}

/** The [min, max] length a zod string/array schema allows (its min_length / max_length checks). */
export function lengthsOf(schema: unknown): [number, number] {
  const checks = (schema as StringDef)._zod.def.checks ?? [];
  const min = checks.find((c) => c._zod.def.check === 'min_length')?._zod.def.minimum ?? 0;
  const max = checks.find((c) => c._zod.def.check === 'max_length')?._zod.def.maximum ?? Infinity;
  return [min, max];
}

// Read off the event schema's own fields, so a changed pattern or length there is the one here.
const shape = DecisionEventSchema.shape;
const [DEVICE_MIN, DEVICE_MAX] = lengthsOf(shape.deviceId);
const [HOST_MIN, HOST_MAX] = lengthsOf(shape.host);
const [DEPT_MIN, DEPT_MAX] = lengthsOf(shape.department.unwrap());
const [RULE_MIN, RULE_MAX] = lengthsOf(shape.ruleId.unwrap());
const [REASON_MIN, REASON_MAX] = lengthsOf(shape.justification.unwrap());
const [FILE_TYPE_MIN, FILE_TYPE_MAX] = lengthsOf(shape.file.unwrap().shape.type);
const [, CLASSES_MAX] = lengthsOf(shape.classes);
const UUID = patternOf(shape.id);
const HANDOFF_UUID = patternOf(shape.handoffId.unwrap());
const DATETIME = patternOf(shape.occurredAt);
const PSEUDONYM = patternOf(shape.user);
const APP_ID = patternOf(shape.appId);
const HOST = patternOf(shape.host);

const CHANNELS = new Set<unknown>(ChannelSchema.options);
const TIERS = new Set<unknown>(TierSchema.options);
const ACTIONS = new Set<unknown>(ActionSchema.options);
const OUTCOME_SET = new Set<unknown>(OUTCOMES);
const SEVERITY_SET = new Set<unknown>(SEVERITIES);
const ENTITY_SET = new Set<string>(ENTITY_TYPES);
const CLASS_SET = new Set<unknown>(DATA_CLASSES);

const REQUIRED = ['id', 'occurredAt', 'deviceId', 'user', 'appId', 'host', 'channel', 'tier', 'action', 'outcome', 'ruleId', 'policyVersion', 'entities', 'classes', 'severity', 'sizeBytes'];
const OPTIONAL = ['department', 'file', 'justification', 'handoffId'];

/**
 * The fast path only runs while it knows every field of the zod schema: a field added to
 * DecisionEventSchema without teaching this file sends every batch through zod (slower, still right).
 */
export const FAST_PATH_ENABLED = (() => {
  const known = new Set([...REQUIRED, ...OPTIONAL]);
  const keys = Object.keys(shape);
  return Boolean(UUID && HANDOFF_UUID && DATETIME && PSEUDONYM && APP_ID && HOST) && keys.length === known.size && keys.every((k) => known.has(k));
})();

const isPlain = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && Object.getPrototypeOf(x) === Object.prototype;

/** z.number().int().nonnegative(): zod's int() is a safe integer. */
const isCount = (x: unknown): boolean => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;

/** Free-text fields: length bounds, and no NUL (StoredText in policies/wire: PostgreSQL text cannot hold it). */
const isStr = (x: unknown, min: number, max: number): x is string => typeof x === 'string' && x.length >= min && x.length <= max && !x.includes('\u0000');

const matches = (x: unknown, re: RegExp | undefined): boolean => typeof x === 'string' && re !== undefined && re.test(x);

function isEntities(x: unknown): boolean {
  if (!isPlain(x)) return false;
  for (const k in x) if (!ENTITY_SET.has(k) || !isCount(x[k])) return false;
  return true;
}

function isClasses(x: unknown): boolean {
  if (!Array.isArray(x) || x.length > CLASSES_MAX) return false;
  for (let i = 0; i < x.length; i++) if (!CLASS_SET.has(x[i])) return false;
  return true;
}

function isEvent(e: unknown): boolean {
  if (!isPlain(e)) return false;
  let keys = 0;
  for (const _k in e) keys++;
  let expected = REQUIRED.length;
  if (
    !matches(e.id, UUID) || !matches(e.occurredAt, DATETIME) || !isStr(e.deviceId, DEVICE_MIN, DEVICE_MAX) || !matches(e.user, PSEUDONYM) ||
    !matches(e.appId, APP_ID) || !isStr(e.host, HOST_MIN, HOST_MAX) || !matches(e.host, HOST) || !CHANNELS.has(e.channel) || !TIERS.has(e.tier) ||
    !ACTIONS.has(e.action) || !OUTCOME_SET.has(e.outcome) || !(e.ruleId === null || isStr(e.ruleId, RULE_MIN, RULE_MAX)) ||
    !isCount(e.policyVersion) || !isEntities(e.entities) || !isClasses(e.classes) || !SEVERITY_SET.has(e.severity) || !isCount(e.sizeBytes)
  ) return false;
  // Optional keys: absent, or present with a valid value (a present `undefined` goes to zod).
  if ('department' in e) {
    if (!isStr(e.department, DEPT_MIN, DEPT_MAX)) return false;
    expected++;
  }
  if ('justification' in e) {
    if (!isStr(e.justification, REASON_MIN, REASON_MAX)) return false;
    expected++;
  }
  if ('handoffId' in e) {
    if (!matches(e.handoffId, HANDOFF_UUID)) return false;
    expected++;
  }
  if ('file' in e) {
    const f = e.file;
    // file is a non-strict zod object: extra keys would be stripped, so only the exact shape is "unchanged".
    if (!isPlain(f) || !isStr(f.type, FILE_TYPE_MIN, FILE_TYPE_MAX) || !isCount(f.sizeBytes)) return false;
    let n = 0;
    for (const _k in f) n++;
    if (n !== 2) return false;
    expected++;
  }
  return keys === expected; // strict: no unknown keys
}

/**
 * True only if EventBatchSchema would accept `x` and return a value deep-equal to it, so the caller
 * may use `x` as the parsed batch. False means "ask zod" — not necessarily invalid.
 */
export function isFastValidEventBatch(x: unknown): x is EventBatch {
  if (!FAST_PATH_ENABLED || !isPlain(x) || x.wireVersion !== WIRE_VERSION) return false;
  let keys = 0;
  for (const _k in x) keys++;
  const events = x.events;
  if (keys !== 2 || !Array.isArray(events) || events.length < 1 || events.length > MAX_EVENTS_PER_BATCH) return false;
  for (let i = 0; i < events.length; i++) if (!isEvent(events[i])) return false;
  return true;
}
