import { z } from 'zod';

// Policy version history (GET /v1/policies/versions) and the replay of a draft over stored
// decisions (POST /v1/policies/simulate). The document itself is in ./policy-document.

export const VersionSummarySchema = z.object({ version: z.number(), etag: z.string(), createdAt: z.string(), createdBy: z.string(), comment: z.string() });
export type VersionSummary = z.infer<typeof VersionSummarySchema>;

export const PolicyVersionsSchema = z.object({ versions: z.array(VersionSummarySchema) });
export type PolicyVersions = z.infer<typeof PolicyVersionsSchema>;

export const SimulationSchema = z.object({
  days: z.number(),
  evaluated: z.number(),
  changed: z.number(),
  truncated: z.boolean(),
  transitions: z.array(z.object({ from: z.string(), to: z.string(), count: z.number() })),
  byApp: z.array(z.object({ appId: z.string(), changed: z.number(), evaluated: z.number() })),
  byRule: z.array(z.object({ ruleId: z.string().nullable(), count: z.number() })),
  samples: z.array(z.object({ eventId: z.string(), appId: z.string(), from: z.string(), to: z.string(), ruleId: z.string().nullable() })),
});
export type Simulation = z.infer<typeof SimulationSchema>;
