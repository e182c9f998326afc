// Every default the model uses, as data with its source and year. A tenant can override any of them
// (ExposureOverrides); the board report prints this table as its appendix, so nothing is hidden.
import type { DataClass } from '../classes/types';

export interface Sourced<T> {
  value: T;
  source: string;
  year: number;
  /** true when the figure is our modelling assumption rather than a published statistic. */
  assumption?: boolean;
}

export const INDUSTRIES = ['healthcare', 'financial', 'industrial', 'technology', 'energy', 'retail', 'public', 'other'] as const;
export type Industry = (typeof INDUSTRIES)[number];

export const REGIMES = ['gdpr', 'hipaa', 'ccpa', 'pci'] as const;
export type Regime = (typeof REGIMES)[number];

const IBM24 = 'IBM / Ponemon Institute, Cost of a Data Breach Report 2024';
const IBM25 = 'IBM / Ponemon Institute, Cost of a Data Breach Report 2025';

/** Per-record breach cost (USD) by data class, and the records one exposure touches when events carry no entity counts. */
export const COST_PER_RECORD: Record<DataClass, Sourced<{ usd: number; defaultRecords: number; sigma: number }>> = {
  pii: { value: { usd: 173, defaultRecords: 5, sigma: 1.2 }, source: `${IBM24}: customer PII per record`, year: 2024 },
  customer_records: { value: { usd: 173, defaultRecords: 50, sigma: 1.4 }, source: `${IBM24}: customer PII per record`, year: 2024 },
  hr: { value: { usd: 189, defaultRecords: 10, sigma: 1.2 }, source: `${IBM24}: employee PII per record`, year: 2024 },
  health: { value: { usd: 173, defaultRecords: 10, sigma: 1.3 }, source: `${IBM24}: customer PII per record (health records priced via the healthcare industry factor)`, year: 2024 },
  financial: { value: { usd: 173, defaultRecords: 20, sigma: 1.3 }, source: `${IBM24}: customer PII per record`, year: 2024 },
  credentials: { value: { usd: 173, defaultRecords: 200, sigma: 1.6 }, source: `${IBM24}: per record; one leaked credential assumed to open 200 records (assumption)`, year: 2024 },
  source_code: { value: { usd: 173, defaultRecords: 100, sigma: 1.5 }, source: `${IBM24}: intellectual property per record; 100 record-equivalents per code paste (assumption)`, year: 2024 },
  legal: { value: { usd: 173, defaultRecords: 30, sigma: 1.5 }, source: `${IBM24}: intellectual property per record; 30 record-equivalents per document (assumption)`, year: 2024 },
};

/** Average total breach cost by industry (USD millions); the model scales per-record costs by industry ÷ global. */
export const INDUSTRY_BREACH_COST_MUSD: Record<Industry, Sourced<number>> = {
  healthcare: { value: 9.77, source: `${IBM24}: healthcare`, year: 2024 },
  financial: { value: 6.08, source: `${IBM24}: financial`, year: 2024 },
  industrial: { value: 5.56, source: `${IBM24}: industrial`, year: 2024 },
  technology: { value: 5.45, source: `${IBM24}: technology`, year: 2024 },
  energy: { value: 5.29, source: `${IBM24}: energy`, year: 2024 },
  retail: { value: 3.91, source: `${IBM24}: retail`, year: 2024 },
  public: { value: 2.55, source: `${IBM24}: public sector`, year: 2024 },
  other: { value: 4.88, source: `${IBM24}: global average`, year: 2024 },
};
export const GLOBAL_BREACH_COST_MUSD: Sourced<number> = { value: 4.88, source: `${IBM24}: global average`, year: 2024 };

/** Breaches involving shadow AI cost USD 670k more on a USD 4.44M average: a 15.1% premium. */
export const SHADOW_AI_PREMIUM: Sourced<number> = { value: 670_000 / 4_440_000, source: `${IBM25}: shadow AI added USD 670,000 to the average breach (USD 4.44M)`, year: 2025 };

/**
 * Probability that one sensitive prompt sent to an uncontrolled AI app becomes a loss event
 * (disclosure that must be handled as a breach). No public statistic exists; 1 in 2,000 is chosen
 * so that a typical mid-market firm lands near IBM 2025's "20% of organisations had a breach
 * involving shadow AI". Tenants should calibrate it.
 */
export const LOSS_PER_EXPOSURE: Sourced<number> = { value: 1 / 2000, source: `Assumption calibrated to ${IBM25}: 20% of organisations reported a breach involving shadow AI`, year: 2025, assumption: true };

/** Frequency multiplier from the app's vendor risk (0..1): 0.25 + 1.5·risk, so risk 0.5 is neutral. */
export const VENDOR_RISK_FACTOR: Sourced<{ base: number; slope: number }> = { value: { base: 0.25, slope: 1.5 }, source: 'Assumption: vendor facts (training on inputs, retention, enterprise controls, breach history) scale frequency up to 4×', year: 2025, assumption: true };

/** A sanctioned app runs under an enterprise contract (no training, retention limits, DPA/BAA). */
export const SANCTIONED_FACTOR: Sourced<number> = { value: 0.1, source: 'Assumption: enterprise terms cut the chance a disclosure becomes a loss event tenfold', year: 2025, assumption: true };

/** Used for apps not in the catalog (no vendor facts known). */
export const UNKNOWN_VENDOR_RISK: Sourced<number> = { value: 0.75, source: 'Assumption: an uncatalogued AI vendor is treated as high risk', year: 2025, assumption: true };

export interface RegimeParams {
  classes: DataClass[];
  /** Chance a loss event under this regime leads to a fine or settlement. */
  probability: number;
  /** Mean fine: fixed part + per record. */
  fixedUsd: number;
  perRecordUsd: number;
  sigma: number;
  /** Statutory maximum for one event (may depend on turnover). */
  cap: (revenueUsd: number) => number;
  capText: string;
}

export const REGULATORY: Record<Regime, Sourced<RegimeParams>> = {
  gdpr: {
    value: { classes: ['pii', 'customer_records', 'hr', 'health'], probability: 0.05, fixedUsd: 150_000, perRecordUsd: 0, sigma: 1.5, cap: (rev) => Math.max(21_600_000, 0.04 * rev), capText: 'higher of EUR 20M (about USD 21.6M) or 4% of worldwide annual turnover' },
    source: 'GDPR Art. 83(5) (cap); probability and typical fine are assumptions informed by published DPA fines', year: 2016,
  },
  hipaa: {
    value: { classes: ['health'], probability: 0.1, fixedUsd: 100_000, perRecordUsd: 0, sigma: 1.2, cap: () => 2_134_831, capText: 'USD 2,134,831 calendar-year cap per violation category (2024 inflation adjustment)' },
    source: 'HIPAA civil money penalties, 45 CFR 160.404 as adjusted by 45 CFR 102.3 (2024); probability is an assumption', year: 2024,
  },
  ccpa: {
    value: { classes: ['pii', 'customer_records', 'financial'], probability: 0.05, fixedUsd: 0, perRecordUsd: 799, sigma: 1.0, cap: () => 50_000_000, capText: 'USD 107-799 statutory damages per consumer per incident (Cal. Civ. Code 1798.150, 2025 CPI adjustment)' },
    source: 'CCPA/CPRA Cal. Civ. Code 1798.150 and 1798.155 (2025 adjustment); probability is an assumption', year: 2025,
  },
  pci: {
    value: { classes: ['financial'], probability: 0.1, fixedUsd: 50_000, perRecordUsd: 5, sigma: 1.0, cap: () => 1_200_000, capText: 'card-brand non-compliance fines USD 5,000-100,000 per month (12 months)' },
    source: 'PCI DSS v4.0 programme: card-brand fines as commonly reported by acquirers; not a statute', year: 2024,
  },
};

/** Trials the model runs by default: 100k keeps the P90 stable to about ±1%. */
export const DEFAULT_TRIALS = 100_000;
