import { describe, expect, it } from 'vitest';
import { bytes, pct, usd, usdShort } from './format';

describe('format', () => {
  it.each([
    [0, '$0'], [999.6, '$1,000'], [9_400, '$9,400'], [850_000, '$850k'], [1_234_567, '$1.2M'], [12_500_000, '$13M'], [2.5e9, '$2.5B'],
  ])('usdShort(%d) = %s', (n, s) => expect(usdShort(n)).toBe(s));
  it.each([[1234567.4, '$1,234,567'], [0.4, '$0']])('usd(%d) = %s', (n, s) => expect(usd(n)).toBe(s));
  it.each([[0, '0 B'], [1536, '1.5 KB'], [50 * 1024 * 1024, '50 MB']])('bytes(%d) = %s', (n, s) => expect(bytes(n)).toBe(s));
  it('pct', () => expect(pct(0.3333, 1)).toBe('33.3%'));
});
