import type { ClassInput } from './input';
import { keywordEvidence, keywordScore, type KeywordTable } from './keywords';
import type { DataClassResult } from './types';

// Clinical vocabulary; with a personal identifier next to it this is PHI.
export const HEALTH_KEYWORDS: KeywordTable = {
  diagnosis: 1, diagnosed: 1, patient: 1, treatment: 1, prescription: 1, prescribed: 1, medication: 1, dosage: 1, symptoms: 1,
  clinical: 1, hospital: 1, admitted: 1, discharge: 1, 'discharge summary': 2, 'medical history': 2, 'medical record': 2,
  'lab results': 1, 'blood pressure': 1, diabetes: 1, cancer: 1, oncology: 1, chemotherapy: 1, hiv: 1, psychiatric: 1,
  depression: 1, therapy: 1, allergy: 1, allergies: 1, surgery: 1, mri: 1, 'ct scan': 1, biopsy: 1, icd: 1, hipaa: 2, phi: 1,
  physician: 1, nurse: 1, clinic: 1, 'health insurance': 1, pregnancy: 1, mg: 1,
  diagnose: 1, patientin: 1, befund: 1, krankenhaus: 1, behandlung: 1, patiente: 1, traitement: 1, ordonnance: 1,
  diagnóstico: 1, paciente: 1, tratamiento: 1, receta: 1,
};

/** Health (PHI when an identity is present too): clinical terms plus clinical identifiers. */
export function scoreHealth(input: ClassInput): DataClassResult | null {
  const hits = input.keywords.byClass.health;
  const clinicalIds = (input.counts.MEDICAL_RECORD_NUMBER ?? 0) + (input.counts.US_NPI ?? 0) + (input.counts.US_DEA ?? 0) + (input.counts.ICD10_CODE ?? 0) + (input.counts.UK_NHS ?? 0);
  // A clinical identifier (MRN, diagnosis code, NHS number…) is health data by itself.
  const score = Math.min(1, keywordScore(hits) + (clinicalIds > 0 ? 0.5 : 0));
  const evidence = [...keywordEvidence(hits), ...(clinicalIds > 0 ? [`clinical-ids:${clinicalIds}`] : [])];
  if (score <= 0) return null;
  return { class: 'health', score, evidence };
}
