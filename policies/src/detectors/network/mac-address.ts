import type { Detector } from '../types';
import { isHex } from './hex';

// Every dotted (Cisco) address has a dot with four hex digits and another dot right after it; prose
// has almost none, and finding that costs a few indexOf calls instead of a regex attempt per position.
function hasDottedHexGroup(text: string): boolean {
  for (let i = text.indexOf('.', 4); i !== -1 && i + 5 < text.length; i = text.indexOf('.', i + 1)) {
    if (text.charCodeAt(i + 5) === 46 && isHex(text.charCodeAt(i + 1)) && isHex(text.charCodeAt(i + 2)) && isHex(text.charCodeAt(i + 3)) && isHex(text.charCodeAt(i + 4))) return true;
  }
  return false;
}

export const macAddress: Detector = {
  id: 'network/mac-address',
  entity: 'MAC_ADDRESS',
  label: { one: 'a hardware (MAC) address', many: 'hardware (MAC) addresses' },
  patterns: [
    { name: 'mac-colon-dash', regex: /(?<![\w:-])[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}(?![\w:-])/g, score: 0.6 },
    { name: 'mac-cisco', regex: /(?<![\w.])[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?![\w]|\.\w)/g, score: 0.6, gate: hasDottedHexGroup },
  ],
  // Broadcast and all-zero are placeholders, not a device.
  validate: (m) => !/^(?:[fF]{2}[:.-]?){5}[fF]{2}$|^(?:f{4}\.){2}f{4}$|^(?:0{2}[:.-]?){5}0{2}$|^(?:0{4}\.){2}0{4}$/i.test(m),
  context: ['mac', 'hardware address', 'physical address', 'ethernet', 'wifi', 'bssid', 'adresse mac', 'dirección mac'],
};
