// Valid wire payloads for tests and benches. Deterministic: the same (seed, i) gives the same event,
// so a resent event is byte-for-byte a retry.
import { createHash } from 'node:crypto';
import type { DecisionEvent, EventBatch, InventoryRow, SensorBatchInput } from '@protocol-zero/policies';

export function uuidFrom(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const APPS = [
  ['chatgpt', 'chatgpt.com'], ['claude', 'claude.ai'], ['gemini', 'gemini.google.com'], ['deepseek', 'chat.deepseek.com'],
] as const;
const OUTCOMES = ['sent', 'sent', 'sent', 'redacted', 'redirected', 'blocked'] as const;
const ACTION_OF = { sent: 'allow', redacted: 'redact', redirected: 'redirect', blocked: 'block' } as const;
const SEVERITY_OF = { sent: 'none', redacted: 'medium', redirected: 'high', blocked: 'critical' } as const;

export function makeEvent(seed: string, i: number, occurredAt = new Date(Date.now() - (i % 3600) * 1000)): DecisionEvent {
  const [appId, host] = APPS[i % APPS.length]!;
  const outcome = OUTCOMES[i % OUTCOMES.length]!;
  return {
    id: uuidFrom(`${seed}:${i}`),
    occurredAt: occurredAt.toISOString(),
    deviceId: `device-${i % 7}`,
    user: createHash('sha256').update(`user-${i % 50}`).digest('hex').slice(0, 32),
    department: i % 2 ? 'engineering' : 'sales',
    appId,
    host,
    channel: i % 5 === 0 ? 'paste' : 'prompt',
    tier: 'unsanctioned',
    action: ACTION_OF[outcome],
    outcome,
    ruleId: outcome === 'sent' ? null : 'redirect-sensitive',
    policyVersion: 1,
    entities: outcome === 'sent' ? {} : outcome === 'blocked' ? { SECRET: 1 } : { EMAIL_ADDRESS: 2, PERSON: 1 },
    classes: outcome === 'sent' ? [] : outcome === 'blocked' ? ['credentials'] : ['pii'],
    severity: SEVERITY_OF[outcome],
    sizeBytes: 200 + (i % 1000),
  };
}

export function makeEvents(seed: string, n: number, from = 0): DecisionEvent[] {
  return Array.from({ length: n }, (_, k) => makeEvent(seed, from + k));
}

export function batch(events: DecisionEvent[]): EventBatch {
  return { wireVersion: 1, events };
}

export function makeInventoryRow(i: number, day: string): InventoryRow {
  const [appId, host] = APPS[i % APPS.length]!;
  return {
    appId, host, client: `10.0.0.${i % 250}`, day, dnsQueries: 3, tlsHandshakes: 2, quicHandshakes: 0, httpRequests: 0,
    bytesUp: 1000, bytesDown: 5000, firstSeen: `${day}T08:00:00.000Z`, lastSeen: `${day}T17:00:00.000Z`,
  };
}

export function makeSensorBatch(seed: string, rows: InventoryRow[]): SensorBatchInput {
  return {
    wireVersion: 1,
    batchId: createHash('sha256').update(seed).digest('hex'),
    sensorId: 'sensor-test',
    format: 'zeek-dns',
    rows,
    unknownHosts: [{ host: 'llm.internal.example', reason: 'looks like an LLM endpoint', hits: 4, firstSeen: rows[0]?.firstSeen ?? new Date().toISOString(), lastSeen: rows[0]?.lastSeen ?? new Date().toISOString() }],
    stats: { records: rows.length * 10, matched: rows.length, malformed: 0 },
  };
}
