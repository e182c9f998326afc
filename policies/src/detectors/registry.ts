import type { Detector } from './types';
import { FINANCE_DETECTORS, type FinanceDetectorId } from './finance/index';
import { GOV_DETECTORS, type GovDetectorId } from './gov/index';
import { HEALTH_DETECTORS, type HealthDetectorId } from './health/index';
import { NAME_DETECTORS, type NameDetectorId } from './names/index';
import { NETWORK_DETECTORS, type NetworkDetectorId } from './network/index';
import { PII_DETECTORS, type PiiDetectorId } from './pii/index';
import { SECRET_DETECTORS, type SecretDetectorId } from './secrets/index';

export type DetectorId = PiiDetectorId | FinanceDetectorId | GovDetectorId | HealthDetectorId | NetworkDetectorId | NameDetectorId | SecretDetectorId;

export const DETECTORS: Record<DetectorId, Detector> = {
  ...PII_DETECTORS,
  ...FINANCE_DETECTORS,
  ...GOV_DETECTORS,
  ...HEALTH_DETECTORS,
  ...NETWORK_DETECTORS,
  ...NAME_DETECTORS,
  ...SECRET_DETECTORS,
};

/** Detectors by id, for describing findings ("2 email addresses") without a lookup per call site. */
export const detectorById = (id: string): Detector | undefined => (DETECTORS as Record<string, Detector>)[id];
