import type { Detector } from '../types';

// Bare domains need a TLD people actually type; file names such as main.py, README.md or lib.rs
// share their endings with ccTLDs and are left out.
const BARE_TLDS = new Set([
  'com', 'org', 'net', 'edu', 'gov', 'mil', 'int', 'io', 'ai', 'co', 'app', 'dev', 'info', 'biz', 'me', 'tv', 'us', 'uk', 'de', 'fr',
  'es', 'it', 'nl', 'be', 'ch', 'at', 'se', 'no', 'dk', 'fi', 'ie', 'il', 'in', 'jp', 'cn', 'kr', 'au', 'nz', 'ca', 'br', 'mx', 'ar',
  'ru', 'ua', 'cz', 'hu', 'ro', 'gr', 'tr', 'za', 'eu', 'site', 'online', 'store', 'cloud', 'tech', 'xyz', 'page', 'blog', 'news',
]);

const LABEL_DOT_TLD = /[A-Za-z0-9]\.[a-z]/;

export const url: Detector = {
  id: 'network/url',
  entity: 'URL',
  label: { one: 'a link', many: 'links' },
  patterns: [
    {
      name: 'url-with-scheme',
      regex: /\b(?:https?|ftp):\/\/(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,10}(?:xn--[A-Za-z0-9]{1,59}|[A-Za-z]{2,24})(?::\d{1,5})?(?:[/?#][^\s"'<>()[\]{}]{0,2000})?/g,
      score: 0.6,
    },
    {
      name: 'bare-domain',
      regex: /(?<![\w@./-])(?:www\.)?(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,6}[a-z]{2,12}(?:\/[^\s"'<>()[\]{}]{0,2000})?(?![\w@-]|\.\w)/g,
      score: 0.5,
      // A bare domain has a label character, a dot and a lower-case letter in a row; without one the
      // scan (an attempt at every word) is skipped.
      gate: (text) => LABEL_DOT_TLD.test(text),
    },
  ],
  validate: (m) => {
    if (/^(?:https?|ftp):/i.test(m)) return true;
    const host = m.split('/')[0]!;
    const tld = host.slice(host.lastIndexOf('.') + 1);
    return BARE_TLDS.has(tld);
  },
  context: ['url', 'link', 'website', 'site', 'visit', 'http', 'domain', 'webseite', 'lien', 'enlace'],
};
