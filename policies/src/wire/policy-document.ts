import { z } from 'zod';
import { UsagePolicySchema } from '../policy/schema';
import { IsoDateTime } from './common';

/** GET /v1/policy — what extensions fetch and cache (last good copy used offline). */
export const PolicyDocumentSchema = z.object({
  version: z.number().int().nonnegative(),
  createdAt: IsoDateTime,
  createdBy: z.string(),
  policy: UsagePolicySchema,
  /** sha256 of the canonical policy JSON; extensions send it as If-None-Match. */
  etag: z.string(),
});
export type PolicyDocument = z.infer<typeof PolicyDocumentSchema>;
