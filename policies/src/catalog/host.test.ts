import { describe, expect, it } from 'vitest';
 
import { domainToASCII } from 'node:url';
import { isIpOrPtr, normalizeHost, punycode, registrableDomain } from './host';

describe('normalizeHost', () => {
  // Node's WHATWG IDNA is the reference for our small pure encoder.
  const idn = ['münchen.de', 'bücher.example', '例え.テスト', 'ｃｌａｕｄｅ.ａｉ', 'clаude.ai', 'ΑΒΓ.gr', 'مثال.إختبار', 'straße.de', 'a。b．c'];
  it.each(idn)('%s encodes like node:url domainToASCII', (h) => {
    expect(normalizeHost(h)).toBe(domainToASCII(h));
  });
  it.each([
    ['münchen', 'mnchen-3ya'],
    ['bücher', 'bcher-kva'],
    ['例え', 'r8jz45g'],
  ])('punycode(%s) = %s (RFC 3492)', (label, code) => {
    expect(punycode(label)).toBe(code);
  });
  it.each([
    ['Example.COM.', 'example.com'],
    ['example.com:8443', 'example.com'],
    ['[::1]:443', '[::1]'],
    ['example.com..', 'example.com'],
  ])('%s → %s', (input, out) => {
    expect(normalizeHost(input)).toBe(out);
  });
});

describe('isIpOrPtr / registrableDomain', () => {
  it.each([
    ['10.0.0.1', true], ['::1', true], ['[::1]', true], ['1.2.3.4.in-addr.arpa', true], ['arpa', true], ['', true],
    ['claude.ai', false], ['x.arpanet.com', false], ['1password.com', false], ['host.123.example.org', false],
  ] as const)('isIpOrPtr(%s) = %s', (h, ip) => {
    expect(isIpOrPtr(h)).toBe(ip);
  });
  it.each([
    ['a.b.claude.ai', 'claude.ai'], ['claude.ai', 'claude.ai'], ['x.y.bbc.co.uk', 'bbc.co.uk'], ['trae.com.cn', 'trae.com.cn'], ['api.trae.com.cn', 'trae.com.cn'],
  ])('registrableDomain(%s) = %s', (h, d) => {
    expect(registrableDomain(h)).toBe(d);
  });
});
