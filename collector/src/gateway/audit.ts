// The per-request audit trail, content-free by construction (GatewayRequestRow has no text field).
// Rows are written in small batches off the hot path; close() flushes what is left.
import type { Db } from '../db/database';
import { recordAudit } from '../db/repositories/audit';
import { type GatewayRequestRow, insertGatewayRequests } from '../db/repositories/gateway-usage';

export class AuditWriter {
  private buf: GatewayRequestRow[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: Db,
    private readonly onError: (err: unknown) => void,
    private readonly flushMs = 200,
    private readonly maxBatch = 200,
  ) {}

  write(row: GatewayRequestRow): void {
    this.buf.push(row);
    if (this.buf.length >= this.maxBatch) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), this.flushMs);
  }

  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const rows = this.buf;
    this.buf = [];
    try {
      await insertGatewayRequests(this.db, rows);
      // The tenant's audit log names every gateway call too (ids, source, model, outcome — no content).
      for (const r of rows) {
        await recordAudit(this.db, {
          tenantId: r.tenantId, actor: `pseudonym:${r.userPseudonym}`, action: 'gateway.request', target: r.id,
          details: { source: r.source, model: r.model, outcome: r.outcome, entities: r.entities, costUsdMicros: r.costUsdMicros },
        });
      }
    } catch (err) {
      this.onError(err);
    }
  }
}
