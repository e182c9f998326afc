import type { Detector } from './types';
import { PII_DETECTORS, type PiiDetectorId } from './pii/index';
import { SECRET_DETECTORS, type SecretDetectorId } from './secrets/index';

export type DetectorId = PiiDetectorId | SecretDetectorId;

export const DETECTORS: Record<DetectorId, Detector> = { ...PII_DETECTORS, ...SECRET_DETECTORS };
