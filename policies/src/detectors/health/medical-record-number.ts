import type { Detector } from '../types';

// MRNs have no national format: only a label makes a number an MRN. The value is capture group 1
// (the engine reports just the number, not the label).
export const medicalRecordNumber: Detector = {
  id: 'health/medical-record-number',
  entity: 'MEDICAL_RECORD_NUMBER',
  label: { one: 'a medical record number', many: 'medical record numbers' },
  keywords: ['mrn', 'medical record', 'patient id', 'patient no', 'patient number', 'chart', 'krankenakte', 'patientennummer', 'dossier médical', 'historia clínica', 'expediente'],
  patterns: [
    {
      name: 'labelled-mrn',
      regex: /\b(?:MRN|medical record(?: number| no\.?| #)?|patient (?:id|no\.?|number|#)|chart (?:number|no\.?|#)|Krankenakte|Patientennummer|dossier médical|historia clínica|expediente)\s{0,3}[:#]?\s{0,3}([A-Z]{0,3}-?\d{5,12})\b/dgi,
      score: 0.85,
    },
  ],
};
