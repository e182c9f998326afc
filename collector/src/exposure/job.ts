import { listTenantIds } from '../db/repositories/exposure';
import type { JobProcessor } from '../jobs/types';
import { computeExposure } from './compute';

/** Recomputes every tenant's exposure (or one tenant's: `{ tenantId }`). */
export const exposureProcessor: JobProcessor<{ tenantId?: string; trials?: number }, { tenants: number; meanUsd: Record<string, number> }> = {
  name: 'exposure',
  everyMs: 6 * 3_600_000,
  async run({ db, log }, data) {
    const tenants = data.tenantId ? [data.tenantId] : await listTenantIds(db);
    const meanUsd: Record<string, number> = {};
    for (const tenantId of tenants) {
      const t0 = Date.now();
      const r = await computeExposure(db, tenantId, data.trials ? { trials: data.trials } : {});
      meanUsd[tenantId] = r.meanUsd;
      log.info({ tenantId, ms: Date.now() - t0 }, 'exposure computed');
    }
    return { tenants: tenants.length, meanUsd };
  },
};
