import type { Detector } from '../types';

// Street suffixes in English, German, Dutch, French, Spanish and Nordic forms. A house number next
// to a street word is distinctive enough; the capitalised-words part is bounded to four words.
const EN_SUFFIXES =
  'street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|terrace|ter|circle|cir|highway|hwy|parkway|pkwy|square|sq|crescent|close|row|trail|trl';
const EN_SUFFIX = EN_SUFFIXES.split('|').map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
const WORD = "[A-Z\\u00C0-\\u024F][A-Za-z\\u00C0-\\u024F'’-]{1,30}";
const EU_SUFFIX = '(?:straße|strasse|str\\.|gasse|weg|platz|allee|ring|damm|straat|laan|gracht|plein|gata|gatan|vej|vägen|väg|veien)';

export const streetAddress: Detector = {
  id: 'pii/street-address',
  entity: 'STREET_ADDRESS',
  label: { one: 'a street address', many: 'street addresses' },
  patterns: [
    {
      name: 'number-words-suffix',
      regex: new RegExp(`\\b\\d{1,6}[A-Za-z]?(?:[ \\t]{1,3}(?:[NSEW]\\.?|north|south|east|west))?(?:[ \\t]{1,3}${WORD}){1,4}[ \\t]{1,3}(?:${EN_SUFFIX})\\b\\.?(?:,?[ \\t]{1,3}(?:[Aa]pt|[Aa]partment|[Ss]uite|[Ss]te|[Uu]nit|#)\\.?[ \\t]{0,3}[A-Za-z0-9-]{1,8})?`, 'g'),
      score: 0.6,
    },
    {
      name: 'eu-street-number',
      regex: new RegExp(`\\b[A-Z\\u00C0-\\u024F][a-z\\u00C0-\\u024F-]{1,40}${EU_SUFFIX}[ \\t]{1,3}\\d{1,5}[a-z]?\\b`, 'g'),
      score: 0.6,
    },
    {
      name: 'romance-street',
      regex: new RegExp(`\\b\\d{1,5},?[ \\t]{1,3}(?:rue|avenue|boulevard|chemin|allée|calle|avenida|paseo|plaza|via|viale|piazza)(?:[ \\t]{1,3}(?:de|du|des|la|le|del|di)){0,2}(?:[ \\t]{1,3}${WORD}){1,4}`, 'gi'),
      score: 0.6,
    },
  ],
  context: ['address', 'lives', 'live at', 'located', 'ship to', 'mail to', 'billing', 'adresse', 'anschrift', 'wohnt', 'dirección', 'domicilio'],
};
