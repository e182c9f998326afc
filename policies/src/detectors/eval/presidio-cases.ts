import { resolveOverlaps, runDetector } from '../engine';
import { DETECTORS } from '../registry';
import { ENTITY_TYPES, type EntityType } from '../types';

// Presidio's own recognizer unit tests (presidio_recognizer_cases.derived.jsonl), replayed the way
// Presidio runs them: one recognizer family, every candidate whatever its score, then the spans
// (or, where a case gives none, the count) compared.
export interface PresidioCase {
  text?: string;
  iban?: string;
  expected_len: number;
  expected_positions?: [number, number][];
  expected_res?: [number, number][];
  entities?: string[];
  _entities?: string[] | null;
  leniency?: number;
  _file: string;
  _test: string;
}

export type CaseVerdict =
  | { kind: 'agree' | 'disagree'; entity: EntityType; expected: [number, number][] | number; got: [number, number][] }
  | { kind: 'unsupported'; entity: string; reason: string };

/** Presidio's PhoneRecognizer default leniency (VALID); cases at other leniencies test a knob we do not have. */
const DEFAULT_LENIENCY = 1;

export const caseText = (c: PresidioCase): string => c.text ?? c.iban ?? '';
export const caseEntity = (c: PresidioCase): string => c._entities?.[0] ?? c.entities?.[0] ?? 'UNKNOWN';

export function spansFor(entity: EntityType, text: string): [number, number][] {
  const raw = Object.values(DETECTORS)
    .filter((d) => d.entity === entity)
    .flatMap((d) => runDetector(d, text));
  return resolveOverlaps(raw.filter((f) => f.score > 0)).map((f) => [f.start, f.end]);
}

export function judgeCase(c: PresidioCase): CaseVerdict {
  const entity = caseEntity(c);
  if (!(ENTITY_TYPES as readonly string[]).includes(entity)) return { kind: 'unsupported', entity, reason: `no ${entity} entity` };
  if (c.leniency !== undefined && c.leniency !== DEFAULT_LENIENCY) return { kind: 'unsupported', entity, reason: `leniency ${c.leniency} is a Presidio option` };
  const e = entity as EntityType;
  const got = spansFor(e, caseText(c));
  const positions = c.expected_positions ?? c.expected_res;
  if (positions && positions.length > 0) {
    const same = positions.length === got.length && positions.every(([s, t], i) => got[i]![0] === s && got[i]![1] === t);
    return { kind: same ? 'agree' : 'disagree', entity: e, expected: positions, got };
  }
  return { kind: got.length === c.expected_len ? 'agree' : 'disagree', entity: e, expected: c.expected_len, got };
}

export interface AgreementRow { entity: string; agree: number; total: number; rate: number }

export function agreementByEntity(cases: readonly PresidioCase[]): { rows: AgreementRow[]; unsupported: Map<string, number> } {
  const acc = new Map<string, { agree: number; total: number }>();
  const unsupported = new Map<string, number>();
  for (const c of cases) {
    const v = judgeCase(c);
    if (v.kind === 'unsupported') {
      unsupported.set(v.reason, (unsupported.get(v.reason) ?? 0) + 1);
      continue;
    }
    const a = acc.get(v.entity) ?? { agree: 0, total: 0 };
    a.total++;
    if (v.kind === 'agree') a.agree++;
    acc.set(v.entity, a);
  }
  const rows = [...acc].sort(([x], [y]) => x.localeCompare(y)).map(([entity, a]) => ({ entity, ...a, rate: a.agree / a.total }));
  return { rows, unsupported };
}
