import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { discordBotToken } from './discord-bot-token';
import { URLSAFE, fake } from './test-fixtures';

const TOKEN = `${fake('M', URLSAFE, 23, 71)}.${fake('', URLSAFE, 6, 72)}.${fake('', URLSAFE, 27, 73)}`;

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(discordBotToken, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/discord-bot-token', () => {
  it.each([
    [`DISCORD_TOKEN=${TOKEN}`, [TOKEN]],
    [`token: "${TOKEN}" # rotate`, [TOKEN]],
    [TOKEN.slice(0, 12), []],
    [`x${TOKEN}`, []],
    [`P${TOKEN.slice(1)}`, []],
    [TOKEN.slice(0, -1), []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
