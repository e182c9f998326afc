import { describe, expect, it } from 'vitest';
import { runDetector } from '../engine';
import { cryptoWallet } from './crypto-wallet';

const found = (text: string) => runDetector(cryptoWallet, text).map((f) => text.slice(f.start, f.end));

describe('finance/crypto-wallet', () => {
  it.each([
    ['16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', ['16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ', '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy']],
    ['bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', ['bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq']],
    ['send to 0x52908400098527886E0F7030069857D2E4169EE7', ['0x52908400098527886E0F7030069857D2E4169EE7']],
    ['16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ2', []], // one char too many: checksum fails
    ['bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr', []],
    ['8f953371d3e85eddb89b05ed6b9e680791055315c73e1025ab5dba7bb2aee189', []],
    ['1'.repeat(3000), []],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});
