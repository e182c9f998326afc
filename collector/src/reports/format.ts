// The report prints with the shared formatters (policies/src/exposure/format.ts): the console shows the same strings.
export { classLabel, int, label, pct, usd, usdShort } from '@protocol-zero/policies';
