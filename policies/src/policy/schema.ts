import { z } from 'zod';
import { ENTITY_TYPES } from '../detectors/types';
import { DATA_CLASSES, SEVERITIES } from '../classes/types';
import { APP_CATEGORIES } from '../catalog/types';

export const ACTIONS = ['allow', 'coach', 'redact', 'redirect', 'block'] as const;
export type Action = z.infer<typeof ActionSchema>;
export const ActionSchema = z.enum(ACTIONS);

export const TIERS = ['sanctioned', 'tolerated', 'unsanctioned', 'blocked'] as const;
export const TierSchema = z.enum(TIERS);
export type Tier = z.infer<typeof TierSchema>;

/** Gateway model tiers: the tier table maps them to concrete models (collector env). */
export const MODEL_TIERS = ['frontier', 'worker'] as const;
export const ModelTierSchema = z.enum(MODEL_TIERS);
export type ModelTier = z.infer<typeof ModelTierSchema>;

export const CHANNELS = ['prompt', 'paste', 'drop', 'upload'] as const;
export const ChannelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof ChannelSchema>;

const id = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'lower-case id: letters, digits, . _ -');

/** Which rule fires: every present field must match (AND); list fields match any element (OR). */
export const RuleMatchSchema = z
  .object({
    tiers: z.array(TierSchema).nonempty().optional(),
    apps: z.array(id).nonempty().optional(),
    categories: z.array(z.enum(APP_CATEGORIES)).nonempty().optional(),
    classes: z.array(z.enum(DATA_CLASSES)).nonempty().optional(),
    entities: z.array(z.enum(ENTITY_TYPES)).nonempty().optional(),
    /** Matches when the classification's severity is at least this. */
    minSeverity: z.enum(SEVERITIES).optional(),
    groups: z.array(z.string().min(1)).nonempty().optional(),
    channels: z.array(ChannelSchema).nonempty().optional(),
  })
  .strict();

export const RuleSchema = z
  .object({
    id,
    description: z.string().max(500).optional(),
    match: RuleMatchSchema,
    action: ActionSchema,
    message: z.string().max(1000).optional(),
    requireJustification: z.boolean().default(false),
    /** For 'redirect': which model tier the sanctioned assistant answers with (gateway default otherwise). */
    modelTier: ModelTierSchema.optional(),
  })
  .strict();

export const ExceptionSchema = z
  .object({
    id,
    description: z.string().max(500).optional(),
    /** Exceptions are narrower rules that win over the rules they name (or all, when omitted). */
    match: RuleMatchSchema,
    action: ActionSchema,
    overrides: z.array(id).optional(),
    expires: z.iso.date().optional(),
  })
  .strict();

export const UsagePolicySchema = z
  .object({
    apiVersion: z.literal('protocol-zero/policy/v1'),
    name: z.string().min(1).max(200),
    version: z.number().int().nonnegative(),
    description: z.string().max(2000).optional(),
    tiers: z
      .object({
        /** Tier for an app id (wins over categories). */
        apps: z.record(id, TierSchema).default({}),
        categories: z.partialRecord(z.enum(APP_CATEGORIES), TierSchema).default({}),
        /** Tier for any catalogued app not named above; unknown hosts are never intercepted. */
        default: TierSchema.default('unsanctioned'),
      })
      .strict(),
    /** First matching rule wins; order is the author's priority. */
    rules: z.array(RuleSchema),
    exceptions: z.array(ExceptionSchema).default([]),
    /** Action when no rule matches. */
    defaultAction: ActionSchema.default('allow'),
  })
  .strict()
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    for (const [i, r] of [...p.rules, ...p.exceptions].entries()) {
      if (seen.has(r.id)) ctx.addIssue({ code: 'custom', message: `duplicate rule id '${r.id}'`, path: ['rules', i, 'id'] });
      seen.add(r.id);
    }
  });

export type UsagePolicy = z.infer<typeof UsagePolicySchema>;
export type UsagePolicyInput = z.input<typeof UsagePolicySchema>;
export type Rule = z.infer<typeof RuleSchema>;
export type RuleMatch = z.infer<typeof RuleMatchSchema>;
