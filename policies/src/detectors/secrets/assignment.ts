// The "name = value" shape shared by the two generic detectors (passwords, API keys/tokens).
// Capture group 1 is the value (with the 'd' flag the engine reports it alone). No `i` flag: case forms are spelled out
// so a lower-case keyword must start a word ("api_token", not "jsonwebtoken") while camelCase
// ("oktaApiToken") and SCREAMING_CASE ("DB_PASSWORD") names still count.

const capitalize = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** lower, camelCase, PascalCase and UPPER forms; lower-case starts must begin a word. */
function caseForms(word: string): string {
  const parts = word.split('_SEP_');
  const sep = String.raw`[_.\-]?`;
  const lower = parts.join(sep);
  const camel = [parts[0], ...parts.slice(1).map(capitalize)].join(sep);
  const pascal = parts.map(capitalize).join(sep);
  const upper = parts.map((p) => p.toUpperCase()).join(sep);
  const lowerStarts = lower === camel ? [lower] : [lower, camel];
  return [...lowerStarts.map((f) => `(?<![a-z])${f}`), pascal, upper].join('|');
}

/** Alternation of keyword sources; `_SEP_` marks an optional separator between words. */
export function nameKeywords(words: readonly string[]): string {
  return words.map(caseForms).join('|');
}

// Suffixes that keep a name a secret name: api_key_value, SECRET_KEY, token2; anything else
// (token_url, secret_length, credentialsId) names metadata about the secret, not the secret.
const SUFFIX = String.raw`(?:[_.\-]?(?:key|Key|KEY|token|Token|TOKEN|value|Value|VALUE|str|Str|STR|string|String|STRING|hash|b64|base64|\d{1,2}))?`;
const SEPARATOR = String.raw`(?:["'\x60]?\s{0,3}(?:=|:=|::=|:|=>|\?=)|["'\x60]\s{0,2},)\s{0,3}["'\x60]?`;
// Names that look secret but hold public or anti-forgery values.
const NOT_AFTER = String.raw`(?<!(?:public|Public|PUBLIC|csrf|Csrf|CSRF|xsrf|Xsrf|XSRF|next|Next|NEXT|page|Page|PAGE)[_.\-]?)`;

/** `<name containing a keyword><allowed suffix><separator>` — put the value in group 1 after it. */
export function assignmentPrefix(keywords: string): string {
  return `${NOT_AFTER}(?:${keywords})${SUFFIX}${SEPARATOR}`;
}

/** XML element form: <password>value</password>, <dbPassword>…, <api_key>…. */
export function xmlElementPrefix(keywords: string): string {
  return String.raw`<[\w.\-]{0,30}?(?:${keywords})${SUFFIX}>`;
}

// Value characters: no whitespace, quotes, brackets or separators — so a function call, template
// or subscript ("getToken()", "${X}", "env['X']") cannot match, and the match ends at a delimiter.
export const VALUE_END = String.raw`(?=["'\x60\s;,<>)\]}]|\\[nrt]|$)`;
const VALUE_CHAR = String.raw`[^\s"'\x60<>;,()\[\]{}]`;
const VALUE_CHAR_NO_EQUALS = String.raw`[^\s"'\x60<>;,()\[\]{}=]`;

/**
 * Capture group 1: the value. The run is taken inside a lookahead and re-consumed by backreference,
 * which makes it atomic — when no delimiter follows, the engine gives up at once instead of retrying
 * every shorter length (that retrying made "api_key=token=secret=…" chains cost quadratically more).
 * `paddedOnly` keeps "=" to trailing base64 padding, so "a=b=c" chains split into short values.
 */
export function valueGroup(min: number, max: number, paddedOnly = false): string {
  const run = paddedOnly ? `${VALUE_CHAR_NO_EQUALS}{${min},${max}}={0,3}` : `${VALUE_CHAR}{${min},${max}}`;
  return `(?=(${run}))\\1${VALUE_END}`;
}

const DOTTED_REFERENCE = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/;
const PATH_OR_URL = /^(?:\/|\.{1,2}\/|~\/|[A-Za-z]:\\|file:)|:\/\//;
const FILE_NAME = /\.(?:pem|p12|pfx|key|crt|cer|der|pub|jks|keystore|json|ya?ml|txt|env|ini|conf|cfg|xml|properties)$/i;
const WORDS_ONLY = /^[A-Za-z]+(?:[_.-][A-Za-z]+)*$/;

/** True when an assigned value is a reference (variable, path, file name, plain words), not a secret. */
export function isReference(value: string): boolean {
  return DOTTED_REFERENCE.test(value) || PATH_OR_URL.test(value) || FILE_NAME.test(value) || WORDS_ONLY.test(value);
}
