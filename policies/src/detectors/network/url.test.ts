import { describe, expect, it } from 'vitest';
import { runDetector, resolveOverlaps } from '../engine';
import { url } from './url';

const found = (text: string) => resolveOverlaps(runDetector(url, text)).map((f) => text.slice(f.start, f.end));

describe('network/url', () => {
  it.each([
    ['https://www.microsoft.com/', ['https://www.microsoft.com/']],
    ['http://microsoft.vlaanderen', ['http://microsoft.vlaanderen']],
    ['https://webhook.site/a8eedfd6-9d8a-44e0-b0fc-cc7d517db5dc?q=1&b=2', ['https://webhook.site/a8eedfd6-9d8a-44e0-b0fc-cc7d517db5dc?q=1&b=2']],
    ['my domains: microsoft.com google.co.il', ['microsoft.com', 'google.co.il']],
    ['"https://presidio.dataprivacystack.org/"', ['https://presidio.dataprivacystack.org/']],
    ['Just posted a photo http://www.DialForum.co.uk/', ['http://www.DialForum.co.uk/']],
    ['www.microsoft', []],
    ['http://microsoft', []],
    ['see main.py and README.md', []],
    ['mail me at jane@example.com', []],
    ['http://' + 'a.'.repeat(3000), []],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});
