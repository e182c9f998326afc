import type { Detector } from '../types';

const CAP = "\\p{Lu}[\\p{L}\\p{M}&'’.-]{0,30}";
const SUFFIX =
  'Inc\\.?|Incorporated|LLC|L\\.L\\.C\\.|Ltd\\.?|Limited|GmbH|AG|SA|S\\.A\\.|SAS|SARL|S\\.L\\.|BV|B\\.V\\.|NV|N\\.V\\.|plc|PLC|Corp\\.?|Corporation|Co\\.|Company|Group|Holdings|Partners|LLP|Associates|Consulting|Software|Technologies|Technology|Systems|Solutions|Labs|Bank|Foundation|Institute|University';

// The suffix after its separator: a third of the cost of the full pattern, which tries every capitalised word.
const SUFFIX_GATE = new RegExp(`[ \\t,](?:${SUFFIX})`);

// Capitalised words ending in a legal-form or business suffix ("Tableau Software", "Acme GmbH"),
// and the capitalised words after "work for / works at / joined".
export const organization: Detector = {
  id: 'names/organization',
  entity: 'ORGANIZATION',
  label: { one: 'an organisation name', many: 'organisation names' },
  patterns: [
    { name: 'org-suffix', regex: new RegExp(`(?<![\\p{L}])${CAP}(?:[ \\t]{1,2}(?:&[ \\t]{1,2})?${CAP}){0,3}[ \\t,]{1,2}(?:${SUFFIX})(?![\\p{L}])`, 'gu'), score: 0.6, gate: (text) => SUFFIX_GATE.test(text) },
    { name: 'employer-cue', regex: new RegExp(`\\b(?:work(?:s|ed|ing)? (?:for|at)|join(?:ed|ing)|employed by|arbeite bei|travaille chez|trabajo en)[ \\t]{1,3}(${CAP}(?:[ \\t]{1,2}${CAP}){0,3})`, 'dgu'), score: 0.55 },
  ],
  context: ['company', 'firm', 'employer', 'vendor', 'client', 'customer', 'organisation', 'organization', 'firma', 'unternehmen', 'entreprise', 'empresa'],
};
