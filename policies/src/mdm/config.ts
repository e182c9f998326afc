import { z } from 'zod';
import { TierSchema } from '../policy/schema';

export const IDENTITY_MODES = ['pseudonymous', 'managed'] as const;
export const TELEMETRY_LEVELS = ['off', 'violations', 'all'] as const;

/**
 * What IT pushes to the extension through `storage.managed` (Chrome/Edge `3rdparty`, Firefox
 * policies.json). Every key is optional: the extension runs on safe defaults with nothing pushed.
 * `policy` is YAML or JSON text, not an object, because Chrome's managed-storage schema validator
 * cannot describe the policy language and Windows registry values are flat strings anyway.
 */
export const ManagedConfigSchema = z.object({
  collectorUrl: z.url().optional(),
  gatewayUrl: z.url().optional(),
  assistantUrl: z.url().optional(),
  enrollmentSecret: z.string().min(16).max(256).optional(),
  policy: z.string().max(200_000).optional(),
  policyUrl: z.url().optional(),
  identityMode: z.enum(IDENTITY_MODES).optional(),
  telemetryLevel: z.enum(TELEMETRY_LEVELS).optional(),
  department: z.string().max(100).optional(),
  siteOverrides: z
    .array(z.object({ site: z.string().min(1).max(253), tier: TierSchema.optional(), disabled: z.boolean().optional() }))
    .max(500)
    .optional(),
});
export type ManagedConfig = z.infer<typeof ManagedConfigSchema>;

/**
 * The same shape as Chrome's managed-storage schema (a JSON-Schema subset: no formats, no enums
 * for nested objects). Shipped in the extension as `managed_schema.json`; config.test.ts keeps
 * its keys equal to ManagedConfigSchema's.
 */
export const MANAGED_CONFIG_JSON_SCHEMA = {
  type: 'object',
  properties: {
    collectorUrl: { title: 'Collector URL', description: 'Base URL of the Protocol Zero collector (https://pz.example.com).', type: 'string' },
    gatewayUrl: { title: 'Gateway URL', description: 'Base URL of the LLM gateway that receives hand-offs (often the collector URL).', type: 'string' },
    assistantUrl: { title: 'Company assistant URL', description: 'Where the popup links to; defaults to <gatewayUrl>/assistant.', type: 'string' },
    enrollmentSecret: { title: 'Tenant enrollment secret', description: 'Traded once for a device token.', type: 'string' },
    policy: { title: 'Usage policy (YAML or JSON text)', description: 'Used instead of fetching the policy from the collector.', type: 'string' },
    policyUrl: { title: 'Policy URL', description: 'Defaults to <collectorUrl>/v1/policy.', type: 'string' },
    identityMode: { title: 'Identity mode', description: "'pseudonymous' (default) or 'managed' (browser profile email, hashed on the device).", type: 'string', enum: [...IDENTITY_MODES] },
    telemetryLevel: { title: 'Telemetry level', description: "'all' (default), 'violations' (non-allow only) or 'off'. Never includes prompt text.", type: 'string', enum: [...TELEMETRY_LEVELS] },
    department: { title: 'Department', description: 'Optional department label on decision events.', type: 'string' },
    siteOverrides: {
      title: 'Per-site overrides',
      description: 'Tier or disable interception for an app id or hostname.',
      type: 'array',
      items: {
        type: 'object',
        properties: { site: { type: 'string' }, tier: { type: 'string', enum: ['sanctioned', 'tolerated', 'unsanctioned', 'blocked'] }, disabled: { type: 'boolean' } },
      },
    },
  },
} as const;
