import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { slackWebhook } from './slack-webhook';
import { B62, fake } from './test-fixtures';

const TOKEN = `https://hooks.slack.com/services/T0DCUJB1Q/B0DD08H5G/${fake('', B62, 24, 75)}`;

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(slackWebhook, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/slack-webhook', () => {
  it.each([
    [`SLACK_WEBHOOK_URL=${TOKEN}`, [TOKEN]],
    [`token: "${TOKEN}" # rotate`, [TOKEN]],
    [TOKEN.slice(0, 12), []],
    ['https://hooks.slack.com/services/', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
