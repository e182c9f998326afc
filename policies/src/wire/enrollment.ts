import { z } from 'zod';
import { IsoDateTime } from './common';

/** Extension → collector: trade the tenant enrollment secret from managed config for a device token. */
export const EnrollRequestSchema = z
  .object({
    enrollmentSecret: z.string().min(16).max(256),
    deviceId: z.string().min(8).max(128),
    /** Managed email when identity mode is 'managed'; the device hashes it otherwise. */
    userHint: z.string().max(256).optional(),
    extensionVersion: z.string().max(32),
    browser: z.enum(['chrome', 'edge', 'firefox', 'other']),
  })
  .strict();
export type EnrollRequest = z.infer<typeof EnrollRequestSchema>;

export const EnrollResponseSchema = z.object({
  deviceToken: z.string(),
  tenantId: z.string(),
  /** Key the device uses to pseudonymise user ids (HMAC); the same for all devices of the tenant. */
  pseudonymKey: z.string(),
  policyUrl: z.string(),
  issuedAt: IsoDateTime,
});
export type EnrollResponse = z.infer<typeof EnrollResponseSchema>;
