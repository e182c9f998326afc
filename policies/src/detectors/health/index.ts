import type { Detector } from '../types';
import { dea } from './dea';
import { icd10 } from './icd10';
import { medicalRecordNumber } from './medical-record-number';
import { npi } from './npi';

export type HealthDetectorId = 'health/medical-record-number' | 'health/npi' | 'health/dea' | 'health/icd10';
export const HEALTH_DETECTORS: Record<HealthDetectorId, Detector> = {
  'health/medical-record-number': medicalRecordNumber,
  'health/npi': npi,
  'health/dea': dea,
  'health/icd10': icd10,
};
