// Deterministic inputs for speed measurements: realistic prompts (prose, a customer table, code, a
// support ticket with identifiers) and adversarial walls that break backtracking regexes.

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROSE = [
  'Can you summarise the attached notes from the quarterly planning meeting and list the open actions?',
  'We agreed to move the launch to next Thursday because the design review found two blocking issues.',
  'Please rewrite this paragraph so it sounds friendlier, but keep the technical details intact.',
  'Our team in Berlin will take over the migration; Sarah Connor leads the work with Tom from IT.',
  'The customer reported that exports time out after 30 seconds when the report has more than 10,000 rows.',
  'Draft a short reply explaining that the refund was processed on 12 March and should arrive within 5 days.',
];
const CODE = [
  'export async function loadUser(id: string): Promise<User> {\n  const row = await db.selectFrom("users").where("id", "=", id).executeTakeFirst();\n  if (!row) throw new Error("not found");\n  return toUser(row);\n}\n',
  'def parse(path):\n    with open(path) as f:\n        for line in f:\n            yield line.strip().split(",")\n',
];
const FIRST = ['Ann', 'Bo', 'Carla', 'David', 'Elena', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas'];
const LAST = ['Lee', 'Chan', 'Diaz', 'Okafor', 'Novak', 'Rossi', 'Schmidt', 'Tanaka', 'Silva', 'Berg'];

function customerRow(r: () => number): string {
  const f = FIRST[Math.floor(r() * FIRST.length)]!;
  const l = LAST[Math.floor(r() * LAST.length)]!;
  const phone = `+1 415 555 ${String(Math.floor(r() * 10000)).padStart(4, '0')}`;
  return `${f} ${l},${f.toLowerCase()}.${l.toLowerCase()}@example.com,${phone},${Math.floor(r() * 900 + 100)} Market Street\n`;
}

/** A realistic mixed prompt of about `bytes` characters (same seed → same text). */
export function realisticText(bytes: number, seed = 42): string {
  const r = rng(seed);
  const parts: string[] = [];
  let n = 0;
  while (n < bytes) {
    const pick = r();
    let s: string;
    if (pick < 0.55) s = `${PROSE[Math.floor(r() * PROSE.length)]} `;
    else if (pick < 0.7) s = CODE[Math.floor(r() * CODE.length)]!;
    else if (pick < 0.85) s = customerRow(r);
    else if (pick < 0.92) s = `Ticket ${Math.floor(r() * 1e6)}: card 4111 1111 1111 1111 declined, call ${customerRow(r).split(',')[2]} or mail support@example.com. `;
    else s = `Server 10.${Math.floor(r() * 255)}.${Math.floor(r() * 255)}.7 (build-${Math.floor(r() * 99)}.corp) returned 502 at 2024-03-15T14:30:00Z. `;
    parts.push(s);
    n += s.length;
  }
  return parts.join('').slice(0, bytes);
}

/** Inputs that make naive regexes backtrack: each is `bytes` long. */
export const ADVERSARIAL: Readonly<Record<string, (bytes: number) => string>> = {
  'digit run': (b) => '7'.repeat(b),
  'spaced digits': (b) => '1 2 3 4 5 6 7 8 9 0 '.repeat(Math.ceil(b / 20)).slice(0, b),
  'dashed digits': (b) => '12-34-'.repeat(Math.ceil(b / 6)).slice(0, b),
  '@ wall': (b) => '@'.repeat(b),
  'email-ish wall': (b) => 'a.'.repeat(Math.ceil(b / 2)).slice(0, b - 1) + '@',
  'base64 wall': (b) => 'QUJDRGVmZ2hpams0NTY3ODkrLw=='.repeat(Math.ceil(b / 28)).slice(0, b),
  'nested brackets': (b) => '(['.repeat(Math.floor(b / 4)) + '])'.repeat(Math.floor(b / 4)),
  'hex and colons': (b) => 'ab:'.repeat(Math.ceil(b / 3)).slice(0, b),
  'capitalised words': (b) => 'Anna Berg Carla Diaz '.repeat(Math.ceil(b / 21)).slice(0, b),
  'dotted labels': (b) => 'a-b.'.repeat(Math.ceil(b / 4)).slice(0, b),
};
