import type { Detector } from '../types';
import { email } from './email';

// Total record for the family: an id without a detector fails to compile.
export type PiiDetectorId = 'pii/email';
export const PII_DETECTORS: Record<PiiDetectorId, Detector> = {
  'pii/email': email,
};
