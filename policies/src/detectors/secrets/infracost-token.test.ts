import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { infracostToken } from './infracost-token';
import { B62, fake } from './test-fixtures';

const TOKEN = fake('ico-', B62, 32, 117);

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(infracostToken, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/infracost-token', () => {
  it.each([
    [`INFRACOST_API_KEY=${TOKEN}`, [TOKEN]],
    [`token: "${TOKEN}" # rotate`, [TOKEN]],
    [TOKEN.slice(0, 12), []],
    [`x${TOKEN}`, []],
    ['http://assets.r7.com/assets/media_box_tv_tres_colunas/video_box.ico-7a388b69018576d24b59331fd60aab0c.png', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
