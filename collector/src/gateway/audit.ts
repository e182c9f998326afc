// The per-request audit trail, content-free by construction (GatewayRequestRow has no text field).
// Rows are written in small batches off the hot path, one transaction per batch, one batch at a
// time; a batch that fails is kept for the next flush (bounded), and close() writes what is left.
import type { Db } from '../db/database';
import { recordAudits } from '../db/repositories/audit';
import { type GatewayRequestRow, insertGatewayRequests } from '../db/repositories/gateway-usage';

/** Beyond this many unwritten rows (database down for long), the oldest are dropped and reported. */
const MAX_BUFFERED = 50_000;

export class AuditWriter {
  private buf: GatewayRequestRow[] = [];
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();

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

  /** Rows accepted but not yet written (tests and shutdown). */
  get pending(): number {
    return this.buf.length;
  }

  /** Resolves once every row accepted before the call is written (or reported through onError). */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const run = this.flushing.then(() => this.writeBatches());
    this.flushing = run;
    return run;
  }

  /** Shutdown: writes what is left; a failure is reported, and no retry outlives the app. */
  async close(): Promise<void> {
    await this.flush();
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async writeBatches(): Promise<void> {
    while (this.buf.length > 0) {
      const rows = this.buf.splice(0, this.maxBatch * 5);
      try {
        await this.db.transaction().execute(async (trx) => {
          await insertGatewayRequests(trx, rows);
          // The tenant's audit log names every gateway call too (ids, source, model, outcome — no content).
          await recordAudits(trx, rows.map((r) => ({
            tenantId: r.tenantId, actor: `pseudonym:${r.userPseudonym}`, action: 'gateway.request', target: r.id,
            details: { source: r.source, model: r.model, outcome: r.outcome, entities: r.entities, costUsdMicros: r.costUsdMicros },
          })));
        });
      } catch (err) {
        // Keep the rows for the next attempt: an audit trail with holes is worse than a late one.
        this.buf.unshift(...rows);
        const over = this.buf.length - MAX_BUFFERED;
        if (over > 0) this.buf.splice(0, over);
        this.onError(over > 0 ? new Error(`gateway audit: ${over} rows dropped after repeated write failures`, { cause: err }) : err);
        this.timer ??= setTimeout(() => void this.flush(), Math.max(this.flushMs, 1_000));
        return;
      }
    }
  }
}
