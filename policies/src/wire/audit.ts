import { z } from 'zod';

// The audit log as the console reads it (GET /v1/audit): reveals, policy changes, sanctions,
// users and tokens. `details` is action-specific and never holds prompt text.

export const AuditQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** Entry id (a bigint as text): entries older than this one. */
  before: z.string().regex(/^\d{1,19}$/).optional(),
  action: z.string().max(64).optional(),
});

export const AuditEntrySchema = z.object({ id: z.string(), at: z.string(), actor: z.string(), action: z.string(), target: z.string(), reason: z.string().nullable(), details: z.unknown() });
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AuditPageSchema = z.object({ entries: z.array(AuditEntrySchema) });
export type AuditPage = z.infer<typeof AuditPageSchema>;
