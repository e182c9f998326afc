import { capitalisedMatches, capitalsAreSparse, isAsciiLetter, keyedMatches, upperStarts } from '../capitals';
import type { Detector } from '../types';

const CAP = "\\p{Lu}[\\p{L}\\p{M}&'’.-]{0,30}";
const SUFFIX =
  'Inc\\.?|Incorporated|LLC|L\\.L\\.C\\.|Ltd\\.?|Limited|GmbH|AG|SA|S\\.A\\.|SAS|SARL|S\\.L\\.|BV|B\\.V\\.|NV|N\\.V\\.|plc|PLC|Corp\\.?|Corporation|Co\\.|Company|Group|Holdings|Partners|LLP|Associates|Consulting|Software|Technologies|Technology|Systems|Solutions|Labs|Bank|Foundation|Institute|University';

const ORG_SUFFIX = `(?<![\\p{L}])${CAP}(?:[ \\t]{1,2}(?:&[ \\t]{1,2})?${CAP}){0,3}[ \\t,]{1,2}(?:${SUFFIX})(?![\\p{L}])`;
const EMPLOYER_WORDS = 'work(?:s|ed|ing)? (?:for|at)|join(?:ed|ing)|employed by|arbeite bei|travaille chez|trabajo en';
const EMPLOYER = new RegExp(`\\b(?:${EMPLOYER_WORDS})[ \\t]{1,3}(${CAP}(?:[ \\t]{1,2}${CAP}){0,3})`, 'dgu');

// Both patterns need a capital (a suffix is capitalised but for "plc"), so they run only at or
// just before the text's capitals instead of at every position (where capitals are dense, as before).
const SUFFIX_AT = new RegExp(`(?<=[ \\t,])(?:${SUFFIX})`, 'y');
const SUFFIX_ANYWHERE = new RegExp(`[ \\t,](?:${SUFFIX})`);
const afterSeparator = (text: string, u: number) => {
  const c = text.charCodeAt(u - 1);
  return c === 32 || c === 9 || c === 44;
};
const hasSuffix = (text: string) =>
  text.includes('plc') || !capitalsAreSparse(text) ? SUFFIX_ANYWHERE.test(text) : upperStarts(text).some((u) => afterSeparator(text, u) && ((SUFFIX_AT.lastIndex = u), SUFFIX_AT.test(text)));
const ORG_SUFFIX_RE = new RegExp(ORG_SUFFIX, 'gu');
const EMPLOYER_KEY = new RegExp(`(?<=\\b(?:${EMPLOYER_WORDS})[ \\t]{1,3})`, 'uy');
const EMPLOYER_REACH = 64; // past the longest cue and its spaces ("travaille chez   ")

// Capitalised words ending in a legal-form or business suffix ("Tableau Software", "Acme GmbH"),
// and the capitalised words after "work for / works at / joined".
export const organization: Detector = {
  id: 'names/organization',
  entity: 'ORGANIZATION',
  label: { one: 'an organisation name', many: 'organisation names' },
  patterns: [
    { name: 'org-suffix', regex: ORG_SUFFIX_RE, score: 0.6, gate: hasSuffix, matches: (text) => capitalisedMatches(text, ORG_SUFFIX_RE, isAsciiLetter) },
    { name: 'employer-cue', regex: EMPLOYER, score: 0.55, matches: (text) => keyedMatches(text, EMPLOYER, EMPLOYER_KEY, EMPLOYER_REACH) },
  ],
  context: ['company', 'firm', 'employer', 'vendor', 'client', 'customer', 'organisation', 'organization', 'firma', 'unternehmen', 'entreprise', 'empresa'],
};
