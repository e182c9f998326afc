import { describe, expect, it } from 'vitest';
import { classify } from '../classify';
import type { Severity } from './types';

describe('severity', () => {
  it.each<[string, Severity]>([
    ['What is a good name for a cat?', 'none'],
    ['See https://example.com/docs for details', 'none'],
    ['Forward this to ann.lee@example.com', 'low'],
    ['Why does ssh to build-01.corp time out?', 'low'],
    ['Write a reply to Jessica Solomina, jessica@example.com, about her order', 'medium'],
    ['Draft a contract clause: the licensee shall indemnify the licensor for any breach under the governing law.', 'medium'],
    ['My card 4111 1111 1111 1111 was declined', 'high'],
    ['His social security number is 531-21-7351', 'high'],
    ['Patient Jessica Solomina was diagnosed with diabetes; prescribed metformin 500 mg after lab results.', 'high'],
    ['name,email\nAnn,ann@example.com\nBo,bo@example.org\nCy,cy@example.net', 'high'],
    ['aws_access_key_id = AKIAIOSFODNN7EXAMPLF', 'critical'],
  ])('%s → %s', (text, expected) => expect(classify(text).severity).toBe(expected));
});

describe('severity of strong legal and financial signals', () => {
  it.each<[string, Severity]>([
    ['PRIVILEGED AND CONFIDENTIAL — attorney-client communication. Counsel expects the plaintiff to file.', 'high'],
    ['This is material non-public information: Q3 revenue and EBITDA ahead of the earnings release.', 'high'],
  ])('%s → %s', (text, expected) => expect(classify(text).severity).toBe(expected));
});
