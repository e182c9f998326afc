import type { Candidate, Detector } from '../types';
import { isHex } from './hex';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`(?<![\\w.])${OCTET}(?:\\.${OCTET}){3}(?![\\w]|\\.\\d)`, 'g');
// IPv6 candidates: hex groups and colons (bounded), an optional embedded IPv4 and zone id. The
// look-behind lets a candidate start only at a token start, so hex walls stay linear; the look-ahead
// demands a colon within the first group, so ordinary words ("face", "2024") are not candidates.
const IPV6 = /(?<![\w:.])(?=[0-9A-Fa-f]{0,4}:)[0-9A-Fa-f:]{2,39}(?:\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})?(?:%[0-9A-Za-z]{1,16})?(?![\w:]|\.\d)/g;
const V4_EXACT = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);
const HEX_GROUP = /^[0-9A-Fa-f]{1,4}$/;

/** Returns the number of 16-bit groups, or -1 when the text is not an IPv6 address. */
export function ipv6Groups(addr: string): number {
  const zone = addr.indexOf('%');
  const s = zone === -1 ? addr : addr.slice(0, zone);
  const halves = s.split('::');
  if (halves.length > 2) return -1;
  let groups = 0;
  const parse = (part: string, last: boolean): boolean => {
    if (part === '') return true;
    const items = part.split(':');
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      if (last && i === items.length - 1 && it.includes('.')) {
        if (!V4_EXACT.test(it)) return false;
        groups += 2;
      } else if (HEX_GROUP.test(it)) groups += 1;
      else return false;
    }
    return true;
  };
  if (halves.length === 2) {
    if (!parse(halves[0]!, false) || !parse(halves[1]!, true)) return -1;
    return groups <= 7 ? groups : -1;
  }
  if (!parse(s, true)) return -1;
  return groups === 8 ? groups : -1;
}

const isWordColonDot = (c: number) => isHex(c) || ((c | 32) >= 103 && (c | 32) <= 122) || c === 95 || c === 58 || c === 46;

// Where IPV6 can start: a colon after at most four hex digits that follow a non-word character (or
// the start), and two characters from the candidate set. Prose colons ("Name:", "note:") fail this,
// so the regex, which attempts every token start, runs only when a candidate exists.
function hasIpv6Start(text: string): boolean {
  for (let c = text.indexOf(':'); c !== -1; c = text.indexOf(':', c + 1)) {
    let r = 0;
    while (r < 5 && c - r > 0 && isHex(text.charCodeAt(c - r - 1))) r++;
    if (r > 4 || (c - r > 0 && isWordColonDot(text.charCodeAt(c - r - 1)))) continue;
    const next = text.charCodeAt(c + 1);
    if (r > 0 || isHex(next) || next === 58) return true;
  }
  return false;
}

function findIpv6(text: string): Candidate[] {
  if (!hasIpv6Start(text)) return [];
  const out: Candidate[] = [];
  IPV6.lastIndex = 0;
  for (const m of text.matchAll(IPV6)) {
    const groups = ipv6Groups(m[0]);
    if (groups < 0) continue;
    // '::', '::1', 'x[::2]' are easy to meet in code; short compressed forms need context.
    const score = groups >= 3 || m[0].includes('.') ? 0.7 : 0.3;
    out.push({ start: m.index, end: m.index + m[0].length, score });
  }
  return out;
}

export const ipAddress: Detector = {
  id: 'network/ip-address',
  entity: 'IP_ADDRESS',
  label: { one: 'an IP address', many: 'IP addresses' },
  patterns: [{ name: 'ipv4', regex: IPV4, score: 0.6 }],
  find: findIpv6,
  context: ['ip', 'address', 'host', 'server', 'gateway', 'subnet', 'client', 'src', 'dst', 'adresse', 'dirección'],
};
