import { z } from 'zod';
import { TierSchema } from '../policy/schema';

// The console's AI app inventory (GET /v1/apps) and the admin's sanction change
// (PUT /v1/apps/:appId/sanction). Numbers are counts over the requested period.

export const AppRowSchema = z.object({
  appId: z.string(),
  name: z.string(),
  vendor: z.string(),
  category: z.string(),
  catalogued: z.boolean(),
  tier: TierSchema,
  override: z.object({ tier: z.string(), note: z.string(), updatedAt: z.string(), updatedBy: z.string() }).nullable(),
  vendorRisk: z.number().nullable(),
  events: z.number(),
  blocked: z.number(),
  redirected: z.number(),
  users: z.number(),
  clients: z.number(),
  bytes: z.number(),
  firstDay: z.string(),
  lastDay: z.string(),
  sources: z.array(z.string()),
});
export type AppRow = z.infer<typeof AppRowSchema>;

/** A host that looks like AI (sensor inventory) but is not in the catalog. */
export const InventoryUnknownHostSchema = z.object({ host: z.string(), reason: z.string(), hits: z.number(), firstSeen: z.string(), lastSeen: z.string() });

export const AppsResponseSchema = z.object({ from: z.string(), apps: z.array(AppRowSchema), unknownHosts: z.array(InventoryUnknownHostSchema) });
export type AppsResponse = z.infer<typeof AppsResponseSchema>;

export const AppSanctionSchema = z.object({ tier: TierSchema, note: z.string().trim().min(1).max(500) }).strict();
export type AppSanction = z.infer<typeof AppSanctionSchema>;

export const AppSanctionedSchema = z.object({ appId: z.string(), tier: TierSchema, policyVersion: z.number() });
export type AppSanctioned = z.infer<typeof AppSanctionedSchema>;
