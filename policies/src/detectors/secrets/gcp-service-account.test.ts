import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { gcpServiceAccount } from './gcp-service-account';
import { HEX, fake } from './test-fixtures';

const KEY_ID = fake('', HEX, 40, 22);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(gcpServiceAccount, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/gcp-service-account', () => {
  it.each([
    ['{ "type": "service_account", "project_id": "acme-prod" }', ['"type": "service_account"']],
    [`"private_key_id": "${KEY_ID}",`, [KEY_ID]],
    ['{ "type": "authorized_user" }', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
