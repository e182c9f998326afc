import { describe, expect, it } from 'vitest';
import { APPS } from './registry';
import { fact, unreviewedRisk, vendorRiskFactors, vendorRiskScore } from './risk';
import type { VendorRisk } from './types';

const src = 'https://vendor.example/trust';
const best: VendorRisk = {
  trainsOnInputsByDefault: fact(false, src, '2025-01'),
  retentionDays: fact('none', src, '2025-01'),
  enterpriseTier: fact(true, src, '2025-01'),
  soc2: fact(true, src, '2025-01'),
  hipaaBaa: fact(true, src, '2025-01'),
  dataResidency: fact(['EU'], src, '2025-01'),
};
const worst: VendorRisk = {
  trainsOnInputsByDefault: fact(true, src, '2025-01'),
  retentionDays: fact(3650, src, '2025-01'),
  enterpriseTier: fact(false, src, '2025-01'),
  soc2: fact(false, src, '2025-01'),
  hipaaBaa: fact(false, src, '2025-01'),
  dataResidency: fact(['CN'], src, '2025-01'),
  breachHistory: fact(['2024-01 a', '2025-01 b'], src, '2025-01'),
};
const with_ = (patch: Partial<VendorRisk>) => ({ risk: { ...best, ...patch } });

describe('vendorRiskScore', () => {
  it.each([
    ['all facts favourable', { risk: best }, 0],
    ['all facts unfavourable', { risk: worst }, 1],
    ['nothing reviewed', { risk: unreviewedRisk(src, '2026-11') }, 0.54],
    ['only: trains on inputs', with_({ trainsOnInputsByDefault: fact(true, src, '2025-01') }), 0.3],
    ['only: 30-day retention', with_({ retentionDays: fact(30, src, '2025-01') }), 0.03],
    ['only: data in CN', with_({ dataResidency: fact(['CN'], src, '2025-01') }), 0.15],
    ['only: data in US', with_({ dataResidency: fact(['US'], src, '2025-01') }), 0.03],
    ['only: one breach', with_({ breachHistory: fact(['2025-01 x'], src, '2025-01') }), 0.07],
  ])('%s', (_, app, score) => {
    expect(vendorRiskScore(app)).toBeCloseTo(score, 3);
  });

  it('weights sum to 1 and every factor is within 0..1', () => {
    const f = vendorRiskFactors({ risk: worst });
    expect(f.reduce((s, c) => s + c.weight, 0)).toBeCloseTo(1, 9);
    for (const c of vendorRiskFactors({ risk: unreviewedRisk(src, '2026-11') })) expect(c.risk).toBeGreaterThanOrEqual(0);
  });

  it('is monotonic: a worse fact never lowers the score', () => {
    const base = vendorRiskScore({ risk: unreviewedRisk(src, '2026-11') });
    expect(vendorRiskScore({ risk: { ...unreviewedRisk(src, '2026-11'), trainsOnInputsByDefault: fact(true, src, '2025-01') } })).toBeGreaterThan(base);
    expect(vendorRiskScore({ risk: { ...unreviewedRisk(src, '2026-11'), trainsOnInputsByDefault: fact(false, src, '2025-01') } })).toBeLessThan(base);
    expect(vendorRiskScore(with_({ retentionDays: fact(365, src, '2025-01') }))).toBeGreaterThan(vendorRiskScore(with_({ retentionDays: fact(30, src, '2025-01') })));
  });

  it('ranks real catalog entries sensibly: a breached consumer app above a no-training cloud API', () => {
    const all = Object.values(APPS).map((a) => vendorRiskScore(a));
    for (const s of all) {
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
    }
    expect(vendorRiskScore(APPS.deepseek)).toBeGreaterThan(vendorRiskScore(APPS.chatgpt));
    expect(vendorRiskScore(APPS.chatgpt)).toBeGreaterThan(vendorRiskScore(APPS['openai-api']));
    expect(vendorRiskScore(APPS['amazon-bedrock'])).toBeLessThan(0.1);
  });
});
