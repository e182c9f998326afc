import { describe, expect, it } from 'vitest';
import { runDetector } from '../engine';
import { email } from './email';

describe('pii/email', () => {
  it.each([
    ['contact jane.doe@example.com today', ['jane.doe@example.com']],
    ['a+b@sub.example.co.uk', ['a+b@sub.example.co.uk']],
    ['not an email: jane@', []],
    ['@@@@@@@@@@', []],
  ])('%s', (text, expected) => {
    expect(runDetector(email, text).map((f) => text.slice(f.start, f.end))).toEqual(expected);
  });
});
