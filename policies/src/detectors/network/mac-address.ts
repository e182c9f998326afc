import type { Detector } from '../types';

export const macAddress: Detector = {
  id: 'network/mac-address',
  entity: 'MAC_ADDRESS',
  label: { one: 'a hardware (MAC) address', many: 'hardware (MAC) addresses' },
  patterns: [
    { name: 'mac-colon-dash', regex: /(?<![\w:-])[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}(?![\w:-])/g, score: 0.6 },
    { name: 'mac-cisco', regex: /(?<![\w.])[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?![\w]|\.\w)/g, score: 0.6 },
  ],
  // Broadcast and all-zero are placeholders, not a device.
  validate: (m) => !/^(?:[fF]{2}[:.-]?){5}[fF]{2}$|^(?:f{4}\.){2}f{4}$|^(?:0{2}[:.-]?){5}0{2}$|^(?:0{4}\.){2}0{4}$/i.test(m),
  context: ['mac', 'hardware address', 'physical address', 'ethernet', 'wifi', 'bssid', 'adresse mac', 'dirección mac'],
};
