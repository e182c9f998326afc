// Values that look like a secret's shape but are documentation: masks, template variables,
// "your key here". Shared by every secrets detector so they agree on what is not a secret.

const PLACEHOLDER_WORDS = [
  'xxxx', 'example', 'your', 'changeme', 'change_me', 'placeholder', 'redacted', 'dummy', 'sample',
  'insert', 'replace', 'here', '****', '....', '####', '••••', 'abcdefghijklmnopqrstuvwxyz', 'lorem',
];

const TEMPLATE = /\$\{|\{\{|\$\(|<%|%\(|^\$[A-Za-z_]|^%[A-Za-z_]+%$|^<[^>]*>$|^\[[^\]]*\]$/;

export interface PlaceholderOptions {
  /** Words allowed despite the default list (e.g. Bedrock keys embed "EXAMPLE"-like base64). */
  allow?: readonly string[];
}

/** True when `value` is a mask, template reference or documentation stand-in rather than a live secret. */
export function isPlaceholder(value: string, opts: PlaceholderOptions = {}): boolean {
  if (TEMPLATE.test(value)) return true;
  const lower = value.toLowerCase();
  for (const w of PLACEHOLDER_WORDS) if (lower.includes(w) && !opts.allow?.includes(w)) return true;
  return dominantCharShare(lower) > 0.6;
}

/** Share of the most frequent character: 'aaaaab…' masks have one character dominating. */
function dominantCharShare(value: string): number {
  if (value.length < 8) return 0;
  const counts = new Map<string, number>();
  let max = 0;
  for (const ch of value) {
    const n = (counts.get(ch) ?? 0) + 1;
    counts.set(ch, n);
    if (n > max) max = n;
  }
  return max / value.length;
}
