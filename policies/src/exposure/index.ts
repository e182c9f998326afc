export * from './types';
export * from './parameters';
export { createRng, logGamma, normalCdf, type Rng } from './random';
export { buildCells, frequencyFactor, muForMean, redirectRateOf, type Cell, type RegComponent } from './cells';
export { simulate, analyticMean } from './simulate';
export { applyWhatIf, avoidedExposure, runExposure, withoutControls, type Avoided } from './model';
export * from './wire';
export { assumptionRows, type AssumptionRow } from './assumptions';
export { classLabel, int, label, pct, usd, usdShort } from './format';
