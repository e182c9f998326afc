import type { DataClass } from '../classes/types';
import type { Tier } from '../policy/schema';
import type { Industry, Regime } from './parameters';

export interface TenantProfile {
  industry: Industry;
  annualRevenueUsd: number;
  headcount: number;
  regimes: Regime[];
}

export interface AppExposureProfile {
  appId: string;
  name: string;
  /** 0 (low) .. 1 (high): vendorRiskScore(app) from the catalog, or UNKNOWN_VENDOR_RISK. */
  vendorRisk: number;
  tier: Tier;
}

/** Decision events of one (app, department, data class) in the window, by outcome. */
export interface ClassObservation {
  appId: string;
  department: string;
  dataClass: DataClass;
  /** Left the company: outcome sent or sent_with_justification. */
  sent: number;
  redirected: number;
  /** Blocked, redacted or cancelled: nothing sensitive left. */
  stopped: number;
  /** Sum of entity counts over the sent events (records exposed); 0 → the class default. */
  records: number;
  /** Sum of entity counts over the redirected and stopped events: what the controls kept in. Absent → records per sent prompt. */
  stoppedRecords?: number;
}

/** Activity of one (app, department): distinct user-days seen by extensions and by network sensors. */
export interface UsageObservation {
  appId: string;
  department: string;
  extensionUserDays: number;
  inventoryUserDays: number;
}

export interface ExposureOverrides {
  lossPerExposure?: number;
  sanctionedFactor?: number;
  shadowAiPremium?: number;
  /** USD per record by class. */
  costPerRecord?: Partial<Record<DataClass, number>>;
}

export interface ExposureInput {
  tenant: TenantProfile;
  windowDays: number;
  apps: AppExposureProfile[];
  observations: ClassObservation[];
  usage?: UsageObservation[];
  overrides?: ExposureOverrides;
}

export interface WhatIf {
  /** Share of sensitive prompts to non-sanctioned apps that are redirected (0..1). */
  redirectRate?: number;
  /** Change an app's tier: sanctioned (enterprise terms) or blocked (nothing reaches it). */
  apps?: Record<string, 'sanctioned' | 'blocked'>;
}

export interface SimulationOptions {
  trials?: number;
  seed?: number;
  curvePoints?: number;
}

export interface Breakdown {
  key: string;
  meanUsd: number;
  share: number; // of the mean ALE
  exposuresPerYear: number;
}

export interface CurvePoint {
  lossUsd: number;
  /** Probability that the annual loss exceeds lossUsd. */
  probability: number;
}

export interface ExposureResult {
  trials: number;
  seed: number;
  meanUsd: number;
  p10Usd: number;
  p50Usd: number;
  p90Usd: number;
  p99Usd: number;
  /** Closed-form mean of the same model (the simulation should land within a few %). */
  analyticMeanUsd: number;
  expectedLossEvents: number;
  exposuresPerYear: number;
  redirectRate: number;
  curve: CurvePoint[];
  byApp: Breakdown[];
  byDepartment: Breakdown[];
  byClass: Breakdown[];
  /** Uniform variates drawn (the bench's baseline draws as many in a plain loop). */
  variates: number;
}
