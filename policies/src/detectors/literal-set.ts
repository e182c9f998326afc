/**
 * Which of many literals occur in a text, in one walk over it. One `includes` per literal costs a
 * full scan each (~2 µs per 4 KB when the literal starts with a common letter), and a regex
 * alternation of them tries every alternative at every position; here each position costs a table
 * lookup on a hash of its next three characters, and only literals starting with a colliding
 * triple are compared (startsWith decides). Literals under three characters are few: includes() each.
 */
export class LiteralSet {
  readonly literals: readonly string[];
  // Bucket b holds ids[offsets[b]..offsets[b + 1]): the literals whose first three characters hash to b.
  private readonly offsets = new Uint16Array(BUCKETS + 1);
  private readonly ids: Uint16Array;
  private readonly short: number[] = [];

  constructor(literals: readonly string[]) {
    this.literals = [...new Set(literals)].filter(Boolean);
    if (this.literals.length >= 0xffff) throw new Error('LiteralSet: too many literals');
    const buckets: number[][] = Array.from({ length: BUCKETS }, () => []);
    this.literals.forEach((l, id) => {
      if (l.length < 3) this.short.push(id);
      else buckets[triple(l.charCodeAt(0), l.charCodeAt(1), l.charCodeAt(2))]!.push(id);
    });
    this.ids = new Uint16Array(buckets.flat());
    let at = 0;
    for (let b = 0; b < BUCKETS; b++) {
      this.offsets[b] = at;
      at += buckets[b]!.length;
    }
    this.offsets[BUCKETS] = at;
  }

  /** found[id] is 1 when literals[id] occurs in `text`. */
  scan(text: string): Uint8Array {
    const lits = this.literals;
    const found = new Uint8Array(lits.length);
    let left = lits.length;
    for (const id of this.short) {
      if (text.includes(lits[id]!)) {
        found[id] = 1;
        left--;
      }
    }
    const { offsets, ids } = this;
    const n = text.length;
    if (n < 3) return found; // also keeps the loop's reads in range
    let c0 = text.charCodeAt(0);
    let c1 = text.charCodeAt(1);
    // Never reads past the end: an out-of-range charCodeAt deoptimizes the loop into a slower one.
    for (let i = 0; i + 2 < n && left > 0; i++) {
      const c2 = text.charCodeAt(i + 2);
      const b = triple(c0, c1, c2);
      c0 = c1;
      c1 = c2;
      const end = offsets[b + 1]!;
      for (let j = offsets[b]!; j < end; j++) {
        const id = ids[j]!;
        if (found[id] === 0 && text.startsWith(lits[id]!, i)) {
          found[id] = 1;
          left--;
        }
      }
    }
    return found;
  }
}

const BITS = 13;
const BUCKETS = 1 << BITS;
const triple = (c0: number, c1: number, c2: number) => Math.imul((c0 << 16) ^ (c1 << 8) ^ c2, 0x9e3779b1) >>> (32 - BITS);
