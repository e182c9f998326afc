// Deep imports on purpose: the package index drags zod, yaml and the full catalog into the content
// script (see bench/extension.ts for the bundle size this keeps down).
import type { AppCategory, Channel, Classification, ContentSummary, Decision, Tier, UsagePolicy } from '@protocol-zero/policies';
import { classify } from '@protocol-zero/policies/classify';
import { evaluate } from '@protocol-zero/policies/policy/evaluate';
import { describeFindings, summarize } from './describe';

export interface SiteContext {
  appId: string;
  category: AppCategory;
  host: string;
  /** Per-site tier from managed config; wins over the policy's own tiering. */
  tierOverride?: Tier;
  groups?: string[];
}

export interface Verdict {
  decision: Decision;
  classification: Classification;
  summary: ContentSummary;
  /** "2 email addresses and an AWS key" */
  words: string;
}

/** Inputs up to this size are decided synchronously on the page (well under 1 ms per KB). */
export const SYNC_LIMIT_CHARS = 32 * 1024;

export function withTierOverride(policy: UsagePolicy, site: SiteContext): UsagePolicy {
  if (!site.tierOverride) return policy;
  return { ...policy, tiers: { ...policy.tiers, apps: { ...policy.tiers.apps, [site.appId]: site.tierOverride } } };
}

export function verdictFor(policy: UsagePolicy, site: SiteContext, channel: Channel, classification: Classification): Verdict {
  const summary = summarize(classification);
  const decision = evaluate(withTierOverride(policy, site), {
    app: { id: site.appId, category: site.category },
    content: summary,
    user: { groups: site.groups ?? [] },
    channel,
    today: new Date().toISOString().slice(0, 10),
  });
  return { decision, classification, summary, words: describeFindings(classification.findings) };
}

/** On-device decision: classify + evaluate. Nothing leaves the page to decide. */
export function decideText(policy: UsagePolicy, site: SiteContext, channel: Channel, text: string): Verdict {
  return verdictFor(policy, site, channel, classify(text));
}
