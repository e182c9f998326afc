import type { ClassInput } from './input';
import { keywordEvidence, keywordScore, type KeywordTable } from './keywords';
import type { DataClassResult } from './types';

// Employee records: pay, performance, discipline, hiring and leave.
export const HR_KEYWORDS: KeywordTable = {
  'performance review': 2, 'performance improvement plan': 2, 'disciplinary action': 2, 'background check': 2, 'employee id': 2,
  'personnel file': 2, salary: 1, compensation: 1, payroll: 1, bonus: 1, promotion: 1, termination: 1, terminated: 1, dismissal: 1,
  resignation: 1, 'notice period': 1, disciplinary: 1, grievance: 1, harassment: 1, 'leave of absence': 1, 'sick leave': 1,
  'maternity leave': 1, 'parental leave': 1, hiring: 1, candidate: 1, 'job offer': 1, 'offer letter': 1, onboarding: 1,
  headcount: 1, layoff: 1, layoffs: 1, severance: 1, 'pay grade': 1, benefits: 1, 'annual leave': 1, employee: 1, employees: 1,
  gehalt: 1, kündigung: 1, mitarbeiter: 1, abmahnung: 1, salaire: 1, licenciement: 1, salarié: 1, salario: 1, despido: 1, empleado: 1,
};

/** HR / employee records: pay, performance, discipline, hiring, leave. */
export function scoreHr(input: ClassInput): DataClassResult | null {
  const hits = input.keywords.byClass.hr;
  const score = keywordScore(hits);
  const evidence = keywordEvidence(hits);
  if (score <= 0) return null;
  return { class: 'hr', score, evidence };
}
