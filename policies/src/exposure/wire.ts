// Wire shapes of the exposure and report API (collector ⇄ console). Lives beside the model so the
// result type and its schema cannot drift; re-exported through the package index.
import { z } from 'zod';
import { INDUSTRIES, REGIMES } from './parameters';

const usd = z.number().nonnegative();

export const BreakdownSchema = z.object({ key: z.string(), meanUsd: usd, share: z.number(), exposuresPerYear: z.number() });

export const ExposureResultSchema = z.object({
  trials: z.number().int(),
  seed: z.number().int(),
  meanUsd: usd,
  p10Usd: usd,
  p50Usd: usd,
  p90Usd: usd,
  p99Usd: usd,
  analyticMeanUsd: usd,
  expectedLossEvents: z.number(),
  exposuresPerYear: z.number(),
  redirectRate: z.number(),
  curve: z.array(z.object({ lossUsd: z.number(), probability: z.number() })),
  byApp: z.array(BreakdownSchema),
  byDepartment: z.array(BreakdownSchema),
  byClass: z.array(BreakdownSchema),
  variates: z.number(),
});

export const TenantProfileSchema = z
  .object({
    industry: z.enum(INDUSTRIES),
    annualRevenueUsd: z.number().positive().max(1e13),
    headcount: z.number().int().positive().max(10_000_000),
    regimes: z.array(z.enum(REGIMES)).max(REGIMES.length),
  })
  .strict();

export const ExposureRunSchema = z.object({
  id: z.string(),
  computedAt: z.string(),
  windowStart: z.string(),
  windowEnd: z.string(),
  result: ExposureResultSchema,
});
export type ExposureRun = z.infer<typeof ExposureRunSchema>;

export const ExposureOverviewSchema = z.object({
  current: ExposureRunSchema.nullable(),
  /** Weekly points: each week's events annualised (so weeks compare). */
  trend: z.array(z.object({ windowEnd: z.string(), meanUsd: usd, p10Usd: usd, p90Usd: usd })),
  /**
   * What the controls avoided (closed-form means): meanUsd = the same year with no control acting
   * (redirected and stopped prompts sent, no app blocked) minus what was realised; it splits into
   * redirectionUsd (redirected prompts sent instead) and blockingUsd (the rest: blocked, redacted or
   * cancelled prompts and apps blocked by tier). stoppedPrompts counts blocked/redacted/cancelled.
   */
  avoided: z.object({
    meanUsd: usd, redirectedPrompts: z.number(), redirectRate: z.number(),
    redirectionUsd: usd, blockingUsd: usd, stoppedPrompts: z.number(),
  }),
  adoption: z.array(z.object({ day: z.string(), redirected: z.number(), sent: z.number(), blocked: z.number() })),
  apps: z.object({ seen: z.number(), sanctioned: z.number(), tolerated: z.number(), unsanctioned: z.number(), blocked: z.number() }),
  appNames: z.record(z.string(), z.string()),
  profile: TenantProfileSchema,
});
export type ExposureOverview = z.infer<typeof ExposureOverviewSchema>;

export const WhatIfRequestSchema = z
  .object({
    redirectRate: z.number().min(0).max(1).optional(),
    apps: z.record(z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/), z.enum(['sanctioned', 'blocked'])).optional(),
  })
  .strict();
export type WhatIfRequest = z.infer<typeof WhatIfRequestSchema>;

export const WhatIfResponseSchema = z.object({ baseline: ExposureResultSchema, whatIf: ExposureResultSchema, deltaUsd: z.number() });
export type WhatIfResponse = z.infer<typeof WhatIfResponseSchema>;

export const REPORT_TABLES = ['apps', 'departments', 'classes', 'curve', 'trend', 'assumptions'] as const;
export const ReportTableSchema = z.enum(REPORT_TABLES);
