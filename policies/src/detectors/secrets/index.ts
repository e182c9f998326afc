import type { Detector } from '../types';
import { awsAccessKey } from './aws-access-key';

// Total record for the family: an id without a detector fails to compile.
export type SecretDetectorId = 'secrets/aws-access-key';
export const SECRET_DETECTORS: Record<SecretDetectorId, Detector> = {
  'secrets/aws-access-key': awsAccessKey,
};
