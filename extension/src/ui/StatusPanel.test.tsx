// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { StatusView } from '../messaging/protocol';
import { StatusPanel } from './StatusPanel';

const base: StatusView = {
  managed: false, collectorUrl: null, gatewayUrl: null, assistantUrl: null, enrolled: false, enrollError: null, tenantId: null,
  policy: { source: 'default', version: 1, name: 'Interim', fetchedAt: null, error: null }, telemetryLevel: 'all',
  outbox: { queued: 0, held: 0, dropped: 0, rejected: 0, invalid: 0, sentTotal: 0, lastError: null }, page: [],
};

function text(s: StatusView, id: string): string {
  const el = document.createElement('div');
  render(<StatusPanel s={s} />, el);
  return el.querySelector(`[data-testid=${id}]`)?.textContent ?? '';
}

describe('StatusPanel', () => {
  it.each([
    [base, 'pz-managed', 'Not managed: running on safe defaults'],
    [base, 'pz-policy', 'Interim v1, built-in safe default'],
    [base, 'pz-collector', 'none configured'],
    [{ ...base, managed: true, collectorUrl: 'https://pz.test', enrolled: true, tenantId: 't1' }, 'pz-enrolled', 'Enrolled (t1)'],
    [{ ...base, enrollError: 'collector unreachable: x' }, 'pz-enrolled', 'collector unreachable: x'],
    [{ ...base, policy: { ...base.policy, source: 'cache' as const, version: 7, error: 'policy fetch failed: offline' } }, 'pz-policy', 'v7, last good copy (collector offline) — policy fetch failed'],
    [{ ...base, outbox: { ...base.outbox, queued: 5, dropped: 2, rejected: 1, sentTotal: 10, lastError: 'down' } }, 'pz-outbox', '10 sent, 5 waiting, 3 dropped — down'],
    [{ ...base, outbox: { ...base.outbox, held: 1, invalid: 2 } }, 'pz-outbox', '0 sent, 0 waiting, 1 awaiting your choice, 2 invalid (please report)'],
  ])('%#: %s shows %s', (s, id, want) => expect(text(s, id)).toContain(want));
});
