import { base58check, bech32Valid } from '../checksums';
import type { Detector } from '../types';

export const cryptoWallet: Detector = {
  id: 'finance/crypto-wallet',
  entity: 'CRYPTO',
  label: { one: 'a crypto wallet address', many: 'crypto wallet addresses' },
  patterns: [
    // Bitcoin legacy (P2PKH '1…', P2SH '3…'): base58check verified below.
    { name: 'btc-base58', regex: /\b[13][1-9A-HJ-NP-Za-km-z]{25,34}\b/g, score: 0.9 },
    // Bitcoin segwit (bech32 / bech32m).
    { name: 'btc-bech32', regex: /\b(?:bc1|tb1|BC1)[02-9ac-hj-np-zAC-HJ-NP-Z]{8,87}\b/g, score: 0.9 },
    // Ethereum: 0x + 40 hex. No checksum when written in one case, so a little lower.
    { name: 'eth', regex: /\b0x[0-9a-fA-F]{40}\b/g, score: 0.6, contextScore: 0.9 },
  ],
  validate: (m) => {
    if (m.startsWith('0x')) return true;
    if (/^(?:bc1|tb1)/i.test(m)) return bech32Valid(m);
    return base58check(m);
  },
  context: ['wallet', 'bitcoin', 'btc', 'ethereum', 'eth', 'crypto', 'address', 'send to', 'monedero', 'portefeuille'],
};
