// Public surface of the shared core. Everything here is pure: no I/O, no Node or DOM API.
export * from './catalog/types';
export { APPS, type AppId } from './catalog/registry';
export { matchHost, matchUrl, lookupApp, normalizeHost } from './catalog/match';
export { looksLikeAi, type AiLookalikeReason } from './catalog/looks-like-ai';
export { vendorRiskScore, vendorRiskFactors, type RiskContribution } from './catalog/risk';

export * from './detectors/types';
export { DETECTORS, detectorById, type DetectorId } from './detectors/registry';
export { runDetector, resolveOverlaps } from './detectors/engine';
export { describeFindings } from './detectors/describe';
export { internalHostnameFor } from './detectors/network/internal-hostname';
export * from './classes/types';
export { scoreClasses, severityOf } from './classes/score';
export { classify, summarize, DEFAULT_MIN_SCORE, type ClassifyOptions } from './classify';
export { toPresidioResults, type PresidioResult } from './presidio';

export * from './policy/schema';
export * from './policy/types';
export { evaluate, tierOf } from './policy/evaluate';
export { parsePolicyYaml, parsePolicyYamlOrThrow, validatePolicy, type PolicyIssue, type PolicyParseResult } from './policy/load';
export { DEFAULT_POLICY, DEFAULT_POLICY_YAML } from './policy/default-policy';

export * from './placeholders/index';
export * from './pricing/index';

export * from './wire/index';
export * from './mdm/index';
export * from './exposure/index';
