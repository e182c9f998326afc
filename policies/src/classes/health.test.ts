import { describe, expect, it } from 'vitest';
import { classOf } from './test-helpers';

describe('classes/health', () => {
  it.each([
    ['Patient was admitted with chest pain; diagnosis I21.4, prescribed aspirin 81 mg. Discharge summary to follow.', 0.8],
    ['Patient MRN: 00482913, lab results pending.', 0.5],
  ])('%s', (text, min) => expect(classOf(text, 'health')?.score).toBeGreaterThanOrEqual(min));

  it('is not triggered by one health word', () => expect(classOf('Our hospital parking app needs a new logo.', 'health')).toBeUndefined());
});
