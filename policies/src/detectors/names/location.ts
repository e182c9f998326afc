import type { Candidate, Detector } from '../types';
import { forEachCapitalised, keyedMatches } from '../capitals';
import { FIRST_NAMES, NOT_NAME_WORDS } from './lexicon';

// Countries (English short names) plus a cue recognizer: capitalised words after "grew up in",
// "lives in", "moved here from", "born in", "based in", "arrived at"… Cities are too many to list
// in a content script; the cues catch most of them in prose.
const COUNTRIES =
  'afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain bangladesh barbados belarus ' +
  'belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria burundi cambodia cameroon canada chad chile china colombia ' +
  'comoros congo croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france ' +
  'gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq ' +
  'ireland israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya ' +
  'liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia moldova monaco ' +
  'mongolia montenegro morocco mozambique myanmar namibia nauru nepal netherlands nicaragua niger nigeria norway oman pakistan palau ' +
  'palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore ' +
  'slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey ' +
  'turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe england scotland wales';
const MULTI = ['united states', 'united kingdom', 'new zealand', 'south africa', 'south korea', 'north korea', 'saudi arabia', 'sri lanka', 'costa rica', 'el salvador', 'puerto rico', 'vatican city', 'czech republic', 'dominican republic', 'united arab emirates', 'hong kong', 'new york', 'los angeles', 'san francisco'];
const COUNTRY_SET: ReadonlySet<string> = new Set(COUNTRIES.split(' '));
const MULTI_RE = new RegExp(`\\b(?:${MULTI.join('|')})\\b`, 'gi');
const CUE_WORDS = 'grew up in|lives? in|living in|moved (?:here )?(?:from|to)|born in|based in|located in|arrived (?:at|in)|travel(?:l?ed|ling)? to|city of|town of|visit(?:ed|ing)? |relocat(?:ed|ing) to|from|near|in';
const CUE = new RegExp(`\\b(?:${CUE_WORDS})[ \\t]{1,3}((?:\\p{Lu}[\\p{L}\\p{M}'’-]{1,30})(?:[ \\t]{1,2}\\p{Lu}[\\p{L}\\p{M}'’-]{1,30}){0,2})`, 'dgu');
// "in" alone occurs everywhere, so the cue regex runs only just before a capital that follows a cue.
const CUE_KEY = new RegExp(`(?<=\\b(?:${CUE_WORDS})[ \\t]{1,3})`, 'uy');
const CUE_REACH = 64; // past the longest cue and its spaces ("moved here from   ")
const STRONG_CUE = /^(?:grew|live|living|moved|born|based|located|arrived|travel|city|town|relocat)/i;
const WORD = /\p{Lu}[\p{L}\p{M}'’-]{1,40}/gu;
// Words of other lengths cannot be countries: no slice or lower-casing for them.
const COUNTRY_LENGTHS = [...COUNTRY_SET].map((c) => c.length);
const MIN_COUNTRY = Math.min(...COUNTRY_LENGTHS);
const MAX_COUNTRY = Math.max(...COUNTRY_LENGTHS);

function findLocations(text: string): Candidate[] {
  const out: Candidate[] = [];
  forEachCapitalised(text, WORD, (start, end) => {
    const n = end - start;
    if (n >= MIN_COUNTRY && n <= MAX_COUNTRY && COUNTRY_SET.has(text.slice(start, end).toLowerCase())) out.push({ start, end, score: 0.7 });
  });
  MULTI_RE.lastIndex = 0;
  for (const m of text.matchAll(MULTI_RE)) out.push({ start: m.index, end: m.index + m[0].length, score: 0.75 });
  for (const m of keyedMatches(text, CUE, CUE_KEY, CUE_REACH)) {
    const [s, e] = m.indices![1]!;
    const name = text.slice(s, e);
    const firstWord = name.split(/[ \t]/)[0]!.toLowerCase();
    const strong = STRONG_CUE.test(m[0]);
    if (NOT_NAME_WORDS.has(firstWord) || (!strong && FIRST_NAMES.has(firstWord))) continue;
    out.push({ start: s, end: e, score: strong ? 0.65 : 0.35 });
  }
  return out;
}

export const location: Detector = {
  id: 'names/location',
  entity: 'LOCATION',
  label: { one: 'a place name', many: 'place names' },
  patterns: [],
  find: findLocations,
  context: ['city', 'country', 'town', 'village', 'address', 'located', 'stadt', 'ville', 'ciudad'],
};
