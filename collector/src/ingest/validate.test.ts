import { isDeepStrictEqual } from 'node:util';
import { DATA_CLASSES, DecisionEventSchema, ENTITY_TYPES, EventBatchSchema, MAX_EVENTS_PER_BATCH } from '@protocol-zero/policies';
import { describe, expect, it } from 'vitest';
import { makeEvent, uuidFrom } from '../testing/fixtures';
import { FAST_PATH_ENABLED, isFastValidEventBatch, lengthsOf } from './validate';

/** What the fast path promises: it says yes exactly when zod accepts and hands back the same value. */
function zodUnchanged(x: unknown): boolean {
  const r = EventBatchSchema.safeParse(x);
  return r.success && isDeepStrictEqual(r.data, x);
}

// Deterministic PRNG so a failure reproduces (mulberry32).
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hex = (n: number) => 'abcdef0123456789'.repeat(5).slice(0, n);
const str = (n: number) => 'x'.repeat(n);
/** JSON-representable values around every boundary the schema draws. */
const POOL: unknown[] = [
  null, true, false, 0, 1, -1, 1.5, 2 ** 53 - 1, 2 ** 53, 1e21, '0', '1', [], {}, [1], { a: 1 },
  '', 'a', ' ', 'é', ...[1, 15, 16, 63, 64, 65, 99, 100, 101, 127, 128, 129, 252, 253, 254, 499, 500, 501].map(str),
  hex(15), hex(16), hex(32), hex(64), hex(65), hex(32).toUpperCase(), `${hex(31)}g`,
  uuidFrom('a'), uuidFrom('b').toUpperCase(), '00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF', '12345678-1234-0234-8234-123456789012', '12345678-1234-9234-8234-123456789012',
  '12345678-1234-4234-c234-123456789012', '12345678123442348234123456789012', `{${uuidFrom('c')}}`, ` ${uuidFrom('d')}`,
  '2026-11-21T18:00:00Z', '2026-11-21T18:00:00.123Z', '2026-11-21T18:00:00.1234567+02:00', '2026-11-21T18:00:00-23:59',
  '2026-11-21T18:00:00+24:00', '2026-11-21T18:00Z', '2026-11-21T18:00:00', '2026-11-21 18:00:00Z', '2026-11-21T18:00:00z',
  '2024-02-29T00:00:00Z', '2023-02-29T00:00:00Z', '2000-02-29T00:00:00Z', '1900-02-29T00:00:00Z', '2026-13-01T00:00:00Z',
  '2026-11-31T00:00:00Z', '2026-11-21T24:00:00Z', '2026-11-21T18:60:00Z', '2026-11-21', '0000-01-01T00:00:00Z',
  'chatgpt', 'chat.openai-x', '-chatgpt', 'ChatGPT', `a${'b'.repeat(63)}`, `a${'b'.repeat(64)}`, 'claude.ai', 'a_b',
  'localhost', '10.0.0.1', '[::1]:8443', 'host name', 'hôte.fr', 'a/b', `${'h'.repeat(253)}`,
  'prompt', 'paste', 'drop', 'upload', 'sanctioned', 'tolerated', 'unsanctioned', 'blocked', 'allow', 'coach', 'redact',
  'redirect', 'block', 'sent', 'sent_with_justification', 'redacted', 'redirected', 'cancelled', 'none', 'low', 'medium',
  'high', 'critical', 'Allow', 'PERSON', 'pii',
  [...DATA_CLASSES], [...DATA_CLASSES, DATA_CLASSES[0]], [DATA_CLASSES[0], DATA_CLASSES[0]], ['nope'], [null], ['pii', 1],
  { PERSON: 1 }, { PERSON: 0, SECRET: 3 }, { PERSON: -1 }, { PERSON: 1.5 }, { PERSON: '1' }, { person: 1 }, { NOPE: 1 },
  Object.fromEntries(ENTITY_TYPES.map((t, i) => [t, i])), { PERSON: null },
  { type: 'pdf', sizeBytes: 10 }, { type: '', sizeBytes: 0 }, { type: str(101), sizeBytes: 1 }, { type: 'pdf' },
  { type: 'pdf', sizeBytes: -1 }, { type: 'pdf', sizeBytes: 1, extra: true }, { sizeBytes: 1 },
];
// Around whatever limits the schema draws today too (the hand-picked ones above are today's values).
const S = DecisionEventSchema.shape;
const LIMITS = [S.deviceId, S.host, S.department.unwrap(), S.ruleId.unwrap(), S.justification.unwrap(), S.file.unwrap().shape.type]
  .flatMap((f) => lengthsOf(f)).filter(Number.isFinite);
POOL.push(...LIMITS.flatMap((n) => [n - 1, n, n + 1]).filter((n) => n >= 0).map(str), ...LIMITS.map((n) => ({ type: str(n + 1), sizeBytes: 1 })));

const FIELDS = [
  'id', 'occurredAt', 'deviceId', 'user', 'department', 'appId', 'host', 'channel', 'tier', 'action', 'outcome', 'ruleId',
  'policyVersion', 'entities', 'classes', 'severity', 'sizeBytes', 'file', 'justification', 'handoffId', 'extra', '__proto__',
];

function baseEvent(r: () => number, i: number): Record<string, unknown> {
  const e: Record<string, unknown> = { ...makeEvent('prop', i) };
  if (r() < 0.3) delete e.department;
  if (r() < 0.3) e.file = { type: 'application/pdf', sizeBytes: Math.floor(r() * 1e6) };
  if (r() < 0.3) e.justification = 'needed for the customer reply';
  if (r() < 0.3) e.handoffId = uuidFrom(`h${i}`);
  return e;
}

function mutate(r: () => number, e: Record<string, unknown>): void {
  const field = FIELDS[Math.floor(r() * FIELDS.length)]!;
  if (r() < 0.15) delete e[field];
  else Object.defineProperty(e, field, { value: POOL[Math.floor(r() * POOL.length)], enumerable: true, writable: true, configurable: true });
}

/** Through JSON text, as the route receives it (own `__proto__` keys included, as JSON.parse makes them). */
const viaJson = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

describe('fast event-batch validation', () => {
  it('knows every field of the zod schema (else it would silently send everything to zod)', () => {
    expect(FAST_PATH_ENABLED).toBe(true);
  });

  it('agrees with zod on generated mutations of every field: fast ⇔ zod accepts it unchanged', () => {
    const r = rng(42);
    let accepted = 0;
    let rejected = 0;
    for (let n = 0; n < 6000; n++) {
      const events = Array.from({ length: 1 + Math.floor(r() * 3) }, (_, k) => baseEvent(r, n * 4 + k));
      const mutations = Math.floor(r() * 3); // 0 leaves a valid batch: both outcomes must occur often
      for (let m = 0; m < mutations; m++) mutate(r, events[Math.floor(r() * events.length)]!);
      const batch = viaJson({ wireVersion: 1, events });
      const fast = isFastValidEventBatch(batch);
      if (fast !== zodUnchanged(batch)) throw new Error(`disagreement (fast=${fast}) on ${JSON.stringify(batch)}`);
      if (fast) accepted++;
      else rejected++;
    }
    expect(accepted).toBeGreaterThan(1000);
    expect(rejected).toBeGreaterThan(1000);
  });

  const ok = { ...makeEvent('t', 1) };
  const cases: [string, unknown, boolean, boolean][] = [
    // name, body, fast path, zod accepts (possibly reshaped)
    ['an ordinary batch', { wireVersion: 1, events: [ok] }, true, true],
    ['every optional field', { wireVersion: 1, events: [{ ...ok, file: { type: 'pdf', sizeBytes: 3 }, justification: 'j', handoffId: uuidFrom('h') }] }, true, true],
    ['a full batch', { wireVersion: 1, events: Array.from({ length: MAX_EVENTS_PER_BATCH }, (_, i) => makeEvent('f', i)) }, true, true],
    ['one event too many', { wireVersion: 1, events: Array.from({ length: MAX_EVENTS_PER_BATCH + 1 }, (_, i) => makeEvent('f', i)) }, false, false],
    ['no events', { wireVersion: 1, events: [] }, false, false],
    ['another wire version', { wireVersion: 2, events: [ok] }, false, false],
    ['an unknown batch key', { wireVersion: 1, events: [ok], extra: 1 }, false, false],
    ['an unknown event key', { wireVersion: 1, events: [{ ...ok, prompt: 'text' }] }, false, false],
    ['file with an extra key (zod strips it: not unchanged)', { wireVersion: 1, events: [{ ...ok, file: { type: 'pdf', sizeBytes: 3, name: 'x.pdf' } }] }, false, true],
    ['an own __proto__ key', JSON.parse(`{"wireVersion":1,"events":[${JSON.stringify(ok).replace(/^\{/, '{"__proto__":{},')}]}`), false, false],
    ['an unsafe integer', { wireVersion: 1, events: [{ ...ok, sizeBytes: 2 ** 53 }] }, false, false],
    ['an array as the batch', [ok], false, false],
    ...(['deviceId', 'department', 'ruleId', 'justification'] as const).map((k): [string, unknown, boolean, boolean] =>
      [`a NUL in ${k}`, { wireVersion: 1, events: [{ ...ok, [k]: 'a\u0000b' }] }, false, false]),
    ['a NUL in file.type', { wireVersion: 1, events: [{ ...ok, file: { type: 'p\u0000df', sizeBytes: 3 } }] }, false, false],
    ['null', null, false, false],
  ];
  it.each(cases)('%s', (_name, body, fast, zodOk) => {
    expect(isFastValidEventBatch(body)).toBe(fast);
    expect(EventBatchSchema.safeParse(body).success).toBe(zodOk);
    if (fast) expect(zodUnchanged(body)).toBe(true);
  });
});
