import { rollupDays, startOfUtcDay, utcDay } from '../../db/repositories/rollups';
import type { JobProcessor } from '../types';

const DAY_MS = 86_400_000;

/** Daily roll-ups of decision events for the last `days` days (default: yesterday and today). */
export const rollupProcessor: JobProcessor<{ days?: number }, { rows: number; from: string; to: string }> = {
  name: 'rollup',
  everyMs: 5 * 60_000,
  async run({ db, env }, data) {
    const days = Math.min(Math.max(1, data.days ?? 2), env.PZ_RETENTION_DAYS);
    const today = startOfUtcDay(new Date());
    const from = utcDay(new Date(today.getTime() - (days - 1) * DAY_MS));
    const to = utcDay(today);
    const { rows } = await rollupDays(db, from, to);
    return { rows, from, to };
  },
};
