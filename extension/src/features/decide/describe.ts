// The shared plain-words and counts helpers from policies, by deep path so the content script does
// not pull the package index (zod, yaml, the catalog) in with them.
export { summarize } from '@protocol-zero/policies/classify';
export { describeFindings } from '@protocol-zero/policies/detectors/describe';
