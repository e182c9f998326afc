import type { Detector } from '../types';
import { ukNhs } from './uk-nhs';
import { ukNino } from './uk-nino';
import { usDriverLicense } from './us-driver-license';
import { usItin } from './us-itin';
import { usPassport } from './us-passport';
import { usSsn } from './us-ssn';

export type GovDetectorId = 'gov/us-ssn' | 'gov/us-itin' | 'gov/us-passport' | 'gov/us-driver-license' | 'gov/uk-nino' | 'gov/uk-nhs';
export const GOV_DETECTORS: Record<GovDetectorId, Detector> = {
  'gov/us-ssn': usSsn,
  'gov/us-itin': usItin,
  'gov/us-passport': usPassport,
  'gov/us-driver-license': usDriverLicense,
  'gov/uk-nino': ukNino,
  'gov/uk-nhs': ukNhs,
};
