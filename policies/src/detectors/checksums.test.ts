import { describe, expect, it } from 'vitest';
import { abaChecksum, base58check, bech32Valid, deaChecksum, ibanMod97, luhn, nhsMod11, npiChecksum, sha256 } from './checksums';

const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('checksums', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['a'.repeat(200), 'c2a908d98f5df987ade41b5fce213067efbcc21ef2240212a41e54b5e7c28ae5'],
  ])('sha256(%j)', (input, digest) => expect(hex(sha256(utf8(input)))).toBe(digest));

  it.each([
    [luhn, '4111111111111111', true], [luhn, '4111111111111112', false],
    [ibanMod97, 'GB82WEST12345698765432', true], [ibanMod97, 'GB82WEST12345698765433', false],
    [abaChecksum, '121000358', true], [abaChecksum, '121000359', false],
    [nhsMod11, '4010232137', true], [nhsMod11, '4010232138', false],
    [deaChecksum, 'AB1234563', true], [deaChecksum, 'AB1234564', false],
    [npiChecksum, '1234567893', true], [npiChecksum, '1234567890', false],
    [base58check, '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', true], [base58check, '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3', false],
    [bech32Valid, 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4', true], [bech32Valid, 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5', false],
    [bech32Valid, 'bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297', true],
  ] as const)('%o(%s) = %s', (fn, input, ok) => expect((fn as (s: string) => boolean)(input)).toBe(ok));
});
