import { z } from 'zod';
import { ENTITY_TYPES } from '../detectors/types';
import { SEVERITIES } from '../classes/types';
import { Count, IsoDateTime } from './common';

// Gateway management API (console Gateway page, assistant page). The model traffic itself is the
// Anthropic Messages API and is not re-declared here.

export const GatewayStatusSchema = z.object({
  configured: z.boolean(),
  providers: z.array(z.enum(['anthropic', 'openai-compat'])),
  tiers: z.object({ frontier: z.string(), worker: z.string() }),
  localModel: z.string().nullable(),
  localAtSeverity: z.enum([...SEVERITIES, 'never']),
  presidio: z.boolean(),
  message: z.string(),
});
export type GatewayStatus = z.infer<typeof GatewayStatusSchema>;

export const BudgetSchema = z
  .object({
    scope: z.enum(['user', 'department']),
    /** Pseudonymous user id for 'user', department name for 'department'. */
    subject: z.string().min(1).max(128),
    period: z.enum(['day', 'month']),
    maxTokens: z.number().int().positive().nullable(),
    maxUsd: z.number().positive().nullable(),
  })
  .strict()
  .refine((b) => b.maxTokens !== null || b.maxUsd !== null, { message: 'set maxTokens, maxUsd or both' });
export type Budget = z.infer<typeof BudgetSchema>;

export const GatewayRequestRecordSchema = z.object({
  id: z.string(),
  at: IsoDateTime,
  user: z.string(),
  department: z.string().nullable(),
  source: z.string(),
  provider: z.string().nullable(),
  model: z.string().nullable(),
  entities: z.partialRecord(z.enum(ENTITY_TYPES), Count),
  inputTokens: Count,
  outputTokens: Count,
  costUsd: z.number(),
  latencyMs: Count,
  outcome: z.string(),
  inventedPlaceholders: Count,
  streamed: z.boolean(),
});

/** One department over the usage period: every request counted in SQL, not a sample. */
export const GatewayDepartmentUsageSchema = z.object({
  /** null: requests whose gateway token carries no department. */
  department: z.string().nullable(),
  requests: Count,
  tokens: Count,
  costUsd: z.number(),
  /** The department's budget, with what it has used in the budget's current UTC day or month. */
  budget: z
    .object({ period: z.enum(['day', 'month']), maxTokens: z.number().nullable(), maxUsd: z.number().nullable(), usedTokens: Count, usedUsd: z.number() })
    .nullable(),
});
export type GatewayDepartmentUsage = z.infer<typeof GatewayDepartmentUsageSchema>;

export const GatewayUsageSchema = z.object({
  since: IsoDateTime,
  byDay: z.array(z.object({ day: z.string(), requests: Count, tokens: Count, costUsd: z.number(), refused: Count })),
  byModel: z.array(z.object({ model: z.string(), requests: Count, tokens: Count, costUsd: z.number() })),
  byOutcome: z.array(z.object({ outcome: z.string(), requests: Count })),
  byDepartment: z.array(GatewayDepartmentUsageSchema),
  recent: z.array(GatewayRequestRecordSchema),
});
export type GatewayUsage = z.infer<typeof GatewayUsageSchema>;

export const GatewayTokenCreateSchema = z
  .object({
    /** Whose token: the email is pseudonymised with the tenant key and not stored. */
    email: z.email(),
    department: z.string().min(1).max(100).optional(),
    label: z.string().min(1).max(100),
  })
  .strict();
export const GatewayTokenCreatedSchema = z.object({ id: z.string(), token: z.string(), user: z.string() });
