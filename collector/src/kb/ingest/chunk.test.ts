import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { approxTokens } from '../text/tokenize';
import { chunkMarkdown } from './chunk';

const doc = `# Expenses

Intro paragraph about the policy.

## Travel

- Book through the portal.
- Economy class for flights under 6 hours.

  Continuation of the second item.
- Keep receipts.

\`\`\`bash
pz expense submit --receipt r.pdf

pz expense status
\`\`\`

## Meals
Meals are covered up to 50 EUR per day.
`;

describe('chunkMarkdown', () => {
  const chunks = chunkMarkdown(doc, { maxTokens: 60, minTokens: 5 });

  it('opens a chunk at every heading and carries the heading path', () => {
    expect(chunks.map((c) => c.headingPath)).toEqual([['Expenses'], ['Expenses', 'Travel'], ['Expenses', 'Meals']]);
  });

  it('keeps lists and code blocks whole, with offsets into the source', () => {
    const travel = chunks[1]!;
    expect(travel.text).toContain('Continuation of the second item.\n- Keep receipts.');
    expect(travel.text).toContain('pz expense submit --receipt r.pdf\n\npz expense status\n```');
    for (const c of chunks) expect(doc.slice(c.start, c.end).trim()).toBe(c.text);
  });

  it('splits only an oversized block, at sentence ends, within bounds', () => {
    const long = Array.from({ length: 80 }, (_, i) => `Sentence number ${i} is here.`).join(' ');
    const pieces = chunkMarkdown(`# Big\n\n${long}\n`, { maxTokens: 50, minTokens: 10 });
    expect(pieces.length).toBeGreaterThan(3);
    for (const p of pieces) {
      expect(approxTokens(p.text)).toBeLessThanOrEqual(50);
      expect(p.text.trimEnd().endsWith('.')).toBe(true);
    }
  });

  // A real document we did not write: Fastify's README (installed dependency).
  it('chunks a real README within bounds without losing text', () => {
    const require = createRequire(import.meta.url);
    const readme = readFileSync(require.resolve('fastify/README.md'), 'utf8');
    const real = chunkMarkdown(readme);
    expect(real.length).toBeGreaterThan(10);
    for (const c of real) expect(approxTokens(c.text)).toBeLessThanOrEqual(350);
    const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
    const covered = real.reduce((n, c) => n + words(c.text), 0);
    const headings = readme.split('\n').filter((l) => /^#{1,6}\s/.test(l)).reduce((n, l) => n + words(l), 0);
    expect(covered + headings).toBeGreaterThanOrEqual(words(readme) * 0.98);
    expect(real.some((c) => c.headingPath.length >= 2)).toBe(true);
  });
});
