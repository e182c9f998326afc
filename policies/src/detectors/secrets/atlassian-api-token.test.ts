import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { atlassianApiToken } from './atlassian-api-token';
import { fake } from './test-fixtures';

const KEY = fake('', 'abcdefghijklmnopqrstuvwxyz0123456789', 20, 95) + 'a1b2';

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(atlassianApiToken, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/atlassian-api-token', () => {
  it.each([
    [`JIRA_API_TOKEN=${KEY}`, [KEY]],
    [`jira_api_token: "${KEY}"`, [KEY]],
    [`API_KEY=${KEY}`, []],
    [`JIRA_API_TOKEN=${'x'.repeat(KEY.length)}`, []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
