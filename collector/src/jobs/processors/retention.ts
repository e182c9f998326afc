import { applyRetention } from '../../db/repositories/rollups';
import type { JobProcessor } from '../types';

/** Deletes raw decision events past PZ_RETENTION_DAYS after rolling their days up. */
export const retentionProcessor: JobProcessor<{ now?: string }, { deleted: number; cutoffDay: string }> = {
  name: 'retention',
  everyMs: 6 * 60 * 60_000,
  async run({ db, env, log }, data) {
    const r = await applyRetention(db, env.PZ_RETENTION_DAYS, data.now ? new Date(data.now) : new Date());
    if (r.deleted > 0) log.info(r, 'retention deleted raw events');
    return r;
  },
};
