/**
 * Where the upper-case letters (\p{Lu}) of a text start, found once per text and shared by the name
 * recognizers. Their regexes begin with \p{Lu} or need one after a cue word, so a global scan tries
 * a Unicode-class match (and often a lookbehind) at every position; run only at or just before
 * these positions they give the same matches, and prose has few capitals. Only a global scan's
 * positions count: code-point boundaries, so an astral capital (𝐀) is one position and its trailing half none.
 */
const LU = /^\p{Lu}$/u;
// Per BMP code unit, learnt on first sight: 0 unknown, 1 upper-case letter, 2 not.
const bmpUpper = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) bmpUpper[c] = c >= 65 && c <= 90 ? 1 : 2;

function isUpperUnit(c: number): boolean {
  let v = bmpUpper[c]!;
  if (v === 0) bmpUpper[c] = v = LU.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}

let lastText: string | undefined;
let lastStarts: readonly number[] = [];

// Where a run of capitals or non-ASCII characters starts: a regex this simple skips lower-case
// ASCII several times faster than a charCodeAt loop, and \p{Lu} itself is slower than both.
const CANDIDATE = /[A-Z\u0080-\uffff]/g;

/** Start offsets of the upper-case code points in `text`, ascending; the last text's answer is reused. */
export function upperStarts(text: string): readonly number[] {
  if (text === lastText) return lastStarts;
  const out: number[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    CANDIDATE.lastIndex = i;
    if (!CANDIDATE.test(text)) break;
    const at = CANDIDATE.lastIndex - 1;
    // Capitals close together (base64, identifiers): a regex call per run would cost more than
    // walking the characters, so walk on for a while.
    const walkUntil = at - i < 16 ? at + 64 : at;
    for (i = at; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        if (c <= 90 && c >= 65) out.push(i);
        else if (i >= walkUntil) break; // text[i] is ASCII and no capital: the search goes on after it
      } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        if (LU.test(text.slice(i, i + 2))) out.push(i);
        i++;
      } else if (isUpperUnit(c)) out.push(i);
    }
  }
  lastText = text;
  lastStarts = out;
  return out;
}

// Where capitals are this dense (base64, code), a call per capital costs more than the regex's own
// scan of the text: the helpers below then run the global regex as it is, with the same result.
const DENSE = 8;
const isDense = (text: string, capitals: readonly number[]) => capitals.length * DENSE > text.length;

const stickyTwins = new WeakMap<RegExp, RegExp>();
function sticky(re: RegExp): RegExp {
  let twin = stickyTwins.get(re);
  if (!twin) stickyTwins.set(re, (twin = new RegExp(re.source, re.flags.replace('g', '') + 'y')));
  return twin;
}

function allMatches(text: string, re: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(m);
  return out;
}

/**
 * Calls `each(start, end)` for every match of global `word`, a regex that must begin with \p{Lu}
 * (after a lookbehind, if any) — the matches, in order, that matchAll would give. `notAfter(code)`
 * may name characters its lookbehind forbids before the capital: the regex is then not run there.
 */
export function forEachCapitalised(text: string, word: RegExp, each: (start: number, end: number) => void, notAfter?: (code: number) => boolean): void {
  const capitals = upperStarts(text);
  if (isDense(text, capitals)) {
    for (const m of allMatches(text, word)) each(m.index, m.index + m[0].length);
    return;
  }
  const at = sticky(word);
  let from = 0;
  for (const p of capitals) {
    if (p < from || (notAfter && p > 0 && notAfter(text.charCodeAt(p - 1)))) continue;
    at.lastIndex = p;
    if (!at.test(text)) continue;
    from = at.lastIndex;
    each(p, from);
  }
}

/** As forEachCapitalised, with each match itself (capture groups, indices), as matchAll gives them. */
export function capitalisedMatches(text: string, word: RegExp, notAfter?: (code: number) => boolean): RegExpExecArray[] {
  const capitals = upperStarts(text);
  if (isDense(text, capitals)) return allMatches(text, word);
  const at = sticky(word);
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const p of capitals) {
    if (p < from || (notAfter && p > 0 && notAfter(text.charCodeAt(p - 1)))) continue;
    at.lastIndex = p;
    const m = at.exec(text);
    if (m === null) continue;
    from = at.lastIndex;
    out.push(m);
  }
  return out;
}

/**
 * The matches of global `re`, as matchAll gives them, for a regex whose every match holds a
 * capital after a space or tab, at most `reach` chars after its start, that the sticky lookbehind
 * `key` accepts (the cue words before the name). `re` runs from `reach` chars before such a
 * capital, never over the whole text: a match before that point would hold an earlier key, already
 * searched from. `re` must not match the empty string.
 */
export function keyedMatches(text: string, re: RegExp, key: RegExp, reach: number): RegExpExecArray[] {
  const capitals = upperStarts(text);
  if (isDense(text, capitals)) return allMatches(text, re);
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const u of capitals) {
    const before = text.charCodeAt(u - 1);
    if (u <= from || (before !== 32 && before !== 9)) continue;
    key.lastIndex = u;
    if (!key.test(text)) continue;
    // A match found may end before this key's own match; search on until past the key.
    while (from < u) {
      re.lastIndex = Math.max(from, u - reach);
      const m = re.exec(text);
      if (m === null) return out;
      out.push(m);
      from = re.lastIndex;
    }
  }
  return out;
}

/** Whether the helpers above would scan near capitals (else the regex runs over the whole text). */
export const capitalsAreSparse = (text: string) => !isDense(text, upperStarts(text));

export const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
