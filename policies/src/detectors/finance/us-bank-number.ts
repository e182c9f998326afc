import type { Detector } from '../types';

// US account numbers are 8..17 digits with no check digit: only an account word makes one.
export const usBankNumber: Detector = {
  id: 'finance/us-bank-number',
  entity: 'US_BANK_NUMBER',
  label: { one: 'a bank account number', many: 'bank account numbers' },
  patterns: [{ name: 'account-digits', regex: /(?<![\d.-])\d{8,17}(?![\d]|[.-]\d)/g, score: 0.05, contextScore: 0.6 }],
  context: [
    'account', 'acct', 'checking', 'savings', 'bank', 'deposit', 'beneficiary',
    'kontonummer', 'konto', 'numéro de compte', 'compte bancaire', 'número de cuenta', 'cuenta bancaria',
  ],
};
