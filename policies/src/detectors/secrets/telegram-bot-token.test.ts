import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { telegramBotToken } from './telegram-bot-token';
import { URLSAFE, fake } from './test-fixtures';

const TOKEN = `7213808860:AA${fake('', URLSAFE, 33, 70)}`;

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(telegramBotToken, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/telegram-bot-token', () => {
  it.each([
    [`TELEGRAM_BOT_TOKEN=${TOKEN}`, [TOKEN]],
    [`token: "${TOKEN}" # rotate`, [TOKEN]],
    [TOKEN.slice(0, 12), []],
    [`x${TOKEN}`, []],
    [TOKEN.replace('7213808860', 'foo'), []],
    [`bot${TOKEN}`, []],
    ['arn:aws:sns:aaa:111122223333:aaaaaaaaaaaaaaaaaaassssssddddddddddddd', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
