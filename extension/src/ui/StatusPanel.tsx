import type { StatusView } from '../messaging/protocol';

const SOURCE: Record<StatusView['policy']['source'], string> = {
  managed: 'pushed by IT',
  collector: 'from the collector',
  cache: 'last good copy (collector offline)',
  default: 'built-in safe default',
};

/** Pure view of the status: what the popup shows, testable without a browser. */
export function StatusPanel({ s }: { s: StatusView }) {
  return (
    <section>
      <p data-testid="pz-managed" class={s.managed ? 'ok' : 'warn'}>
        {s.managed ? 'Managed by your company.' : 'Not managed: running on safe defaults. Ask IT to deploy the company settings.'}
      </p>
      <dl>
        <dt>Collector</dt>
        <dd data-testid="pz-collector">{s.collectorUrl ?? 'none configured'}</dd>
        <dt>Enrollment</dt>
        <dd data-testid="pz-enrolled">{s.enrolled ? `Enrolled${s.tenantId ? ` (${s.tenantId})` : ''}` : s.enrollError ?? 'Not enrolled'}</dd>
        <dt>Policy</dt>
        <dd data-testid="pz-policy">
          {s.policy.name} v{s.policy.version}, {SOURCE[s.policy.source]}
          {s.policy.error && <span class="warn"> — {s.policy.error}</span>}
        </dd>
        <dt>Telemetry</dt>
        <dd data-testid="pz-outbox">
          {s.telemetryLevel === 'off' ? 'off' : `${s.outbox.sentTotal} sent, ${s.outbox.queued} waiting`}
          {s.outbox.held > 0 && `, ${s.outbox.held} awaiting your choice`}
          {s.outbox.dropped + s.outbox.rejected > 0 && `, ${s.outbox.dropped + s.outbox.rejected} dropped`}
          {s.outbox.invalid > 0 && <span class="warn">, {s.outbox.invalid} invalid (please report)</span>}
          {s.outbox.lastError && s.outbox.queued > 0 && <span class="warn"> — {s.outbox.lastError}</span>}
        </dd>
      </dl>
    </section>
  );
}
