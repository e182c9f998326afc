import type { Detector } from '../types';
import { abaRouting } from './aba-routing';
import { creditCard } from './credit-card';
import { cryptoWallet } from './crypto-wallet';
import { iban } from './iban';
import { usBankNumber } from './us-bank-number';

export type FinanceDetectorId = 'finance/credit-card' | 'finance/iban' | 'finance/aba-routing' | 'finance/us-bank-number' | 'finance/crypto-wallet';
export const FINANCE_DETECTORS: Record<FinanceDetectorId, Detector> = {
  'finance/credit-card': creditCard,
  'finance/iban': iban,
  'finance/aba-routing': abaRouting,
  'finance/us-bank-number': usBankNumber,
  'finance/crypto-wallet': cryptoWallet,
};
