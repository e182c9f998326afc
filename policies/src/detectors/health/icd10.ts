import type { Detector } from '../types';

// ICD-10 codes look like many other short codes (A12, E11.9), so they count only in clinical context.
export const icd10: Detector = {
  id: 'health/icd10',
  entity: 'ICD10_CODE',
  label: { one: 'a diagnosis code', many: 'diagnosis codes' },
  patterns: [{ name: 'icd10', regex: /\b[A-TV-Z]\d[0-9AB](?:\.[0-9A-TV-Z]{1,4})?\b(?!\.\d)/g, score: 0.2, contextScore: 0.8 }],
  minScoreWithoutContext: 0.5,
  context: [
    'icd', 'diagnos', 'dx', 'patient', 'clinical', 'condition', 'comorbid', 'admitted', 'discharge', 'symptom', 'treated for',
    'diagnose', 'befund', 'diagnostic', 'diagnóstico', 'paciente',
  ],
};
