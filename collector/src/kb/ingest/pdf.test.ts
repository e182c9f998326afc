import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors';
import { chunkMarkdown } from './chunk';
import { extractPdf } from './pdf';
import { makePdf, TRAVEL_POLICY } from './pdf-fixture';

describe('extractPdf', () => {
  it('recovers headings by font size, paragraphs, a bullet list and every page', async () => {
    const r = await extractPdf(await makePdf('Travel policy', TRAVEL_POLICY));
    expect(r.pages).toBe(2);
    expect(r.title).toBe('Travel policy');
    expect(r.text).toMatch(/^# Travel policy\n\n## Flights\n\nEmployees book economy class/);
    // The wrapped paragraph is one paragraph again, words intact across the line break.
    expect(r.text).toContain('needs written approval from a director before the booking is made, and the approval is attached to the expense report.\n\nFrequent flyer');
    expect(r.text).toContain('- Book through the travel portal\n- Keep the itemised invoice\n- Cancel unused nights before 6 pm');
    expect(r.text).toContain('## Reimbursement\n\nReceipts are submitted within thirty days');
  });

  it('feeds the structural chunker: each section is a chunk with its heading path', async () => {
    const chunks = chunkMarkdown((await extractPdf(await makePdf('Travel policy', TRAVEL_POLICY))).text);
    expect(chunks.map((c) => c.headingPath)).toEqual([
      ['Travel policy', 'Flights'], ['Travel policy', 'Hotels'], ['Travel policy', 'Reimbursement'],
    ]);
    expect(chunks[1]!.text).toMatch(/180 euros[\s\S]*Cancel unused nights/);
  });

  it('prefers the document title from the PDF metadata', async () => {
    expect((await extractPdf(await makePdf('Cover heading', TRAVEL_POLICY.slice(0, 1), { metaTitle: 'Travel policy 2026' }))).title).toBe('Travel policy 2026');
  });

  it('keeps text that looks like Markdown syntax as text', async () => {
    const r = await extractPdf(await makePdf('Notes', [{ heading: 'Tags', paragraphs: ['# not a heading, just a hash tag line', 'Plain text after it.'] }]));
    expect(r.text).toContain('\\# not a heading');
    expect(chunkMarkdown(r.text).map((c) => c.headingPath)).toEqual([['Notes', 'Tags']]);
  });

  it.each([
    ['not a PDF at all', async () => Buffer.from('<html><body>hello</body></html>'), /PDF header/],
    ['an empty file', async () => Buffer.alloc(0), /PDF header/],
    ['a PDF cut in half', async () => (await makePdf('Travel policy', TRAVEL_POLICY)).subarray(0, 400), /could not be parsed/],
    ['a header followed by garbage', async () => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 7)]), /could not be parsed/],
    ['a password-protected PDF', async () => makePdf('Secret', TRAVEL_POLICY, { userPassword: 'open-sesame' }), /encrypted/],
  ])('rejects %s with kb_invalid_pdf', async (_name, make, message) => {
    const err = await extractPdf(await make()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'kb_invalid_pdf', status: 422 });
    expect((err as Error).message).toMatch(message);
  });
});
