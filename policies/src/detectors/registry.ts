import type { Detector } from './types';
import { email } from './pii/email';
import { awsAccessKey } from './secrets/aws-access-key';

// Total record: adding an id to DetectorId without a detector (or vice versa) fails to compile.
export type DetectorId = 'pii/email' | 'secrets/aws-access-key';

export const DETECTORS: Record<DetectorId, Detector> = {
  'pii/email': email,
  'secrets/aws-access-key': awsAccessKey,
};
