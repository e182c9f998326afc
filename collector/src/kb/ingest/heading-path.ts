// A document's own top heading usually repeats the title it was uploaded under ("Travel policy 2026"
// uploaded, "# Travel policy" inside), and citations print the title before the heading path, so the
// path would say it twice. The rule, applied to the chunks of one document:
//   - a first heading equal to the title (ignoring case, spacing and punctuation) is dropped, always;
//   - a first heading that is a word-aligned prefix or suffix variant of the title (or the title of
//     it), sharing at least half the longer one's words, is dropped only when it is the document's
//     only outermost heading — then it is the document's title, not a section among others.

const words = (s: string) => s.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

const sameWords = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((w, i) => w === b[i]);

/** True when one name is the other with words added at its start or end (e.g. a year, a company). */
export function isTitleVariant(title: string, heading: string): boolean {
  const [t, h] = [words(title), words(heading)];
  if (t.length === 0 || h.length === 0) return false;
  const [short, long] = t.length <= h.length ? [t, h] : [h, t];
  if (short.length * 2 < long.length) return false;
  return sameWords(short, long.slice(0, short.length)) || sameWords(short, long.slice(long.length - short.length));
}

export function dropTitleHeading(title: string, paths: readonly (readonly string[])[]): string[][] {
  const firsts = new Set(paths.filter((p) => p.length > 0).map((p) => p[0]!));
  const drop = (first: string) => sameWords(words(first), words(title)) || (firsts.size === 1 && isTitleVariant(title, first));
  return paths.map((p) => (p.length > 0 && drop(p[0]!) ? p.slice(1) : [...p]));
}
