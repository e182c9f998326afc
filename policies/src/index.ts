// Public surface of the shared core. Everything here is pure: no I/O, no Node or DOM API.
export * from './catalog/types';
export { APPS, type AppId } from './catalog/registry';
export { matchHost, lookupApp, normalizeHost } from './catalog/match';

export * from './detectors/types';
export { DETECTORS, type DetectorId } from './detectors/registry';
export * from './classes/types';
export { classify, type ClassifyOptions } from './classify';

export * from './policy/schema';
export * from './policy/types';
export { evaluate, tierOf } from './policy/evaluate';
export { parsePolicyYaml, parsePolicyYamlOrThrow, validatePolicy, type PolicyIssue, type PolicyParseResult } from './policy/load';
export { DEFAULT_POLICY, DEFAULT_POLICY_YAML } from './policy/default-policy';

export * from './wire/index';
