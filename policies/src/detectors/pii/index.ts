import type { Detector } from '../types';
import { dateOfBirth } from './date-of-birth';
import { email } from './email';
import { phone } from './phone';
import { streetAddress } from './street-address';
import { ukPostcode } from './uk-postcode';

// Total record for the family: an id without a detector fails to compile.
export type PiiDetectorId = 'pii/email' | 'pii/phone' | 'pii/date-of-birth' | 'pii/street-address' | 'pii/uk-postcode';
export const PII_DETECTORS: Record<PiiDetectorId, Detector> = {
  'pii/email': email,
  'pii/phone': phone,
  'pii/date-of-birth': dateOfBirth,
  'pii/street-address': streetAddress,
  'pii/uk-postcode': ukPostcode,
};
