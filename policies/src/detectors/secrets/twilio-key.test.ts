import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { twilioKey } from './twilio-key';
import { HEX, fake } from './test-fixtures';

const API_KEY = fake('SK', HEX, 32, 83);
const SID = fake('AC', HEX, 32, 84);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(twilioKey, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/twilio-key', () => {
  it.each([
    [`TWILIO_API_KEY=${API_KEY}`, [API_KEY]],
    [`twilio account sid ${SID}`, [SID]],
    [`id ${SID}`, []],
    [`TWILIO_AUTH_TOKEN=${fake('', HEX, 32, 85)}`, [fake('', HEX, 32, 85)]],
    ['SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
