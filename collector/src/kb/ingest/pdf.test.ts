import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors';
import { chunkMarkdown } from './chunk';
import { pagesOf } from './pages';
import { extractPdf } from './pdf';
import { makePdf, TRAVEL_POLICY, type PdfLine } from './pdf-fixture';

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

  it('records where each page starts, so every chunk knows its pages', async () => {
    const sections = [...TRAVEL_POLICY, { heading: 'Per diem', lines: [{ text: 'Meals are paid at 40 euros a day.' }, { text: 'The last day is paid at half rate.', pageBreak: true }] }];
    const r = await extractPdf(await makePdf('Travel policy', sections));
    expect(r.pages).toBe(3);
    expect(r.pageStarts).toEqual([{ page: 1, offset: 0 }, { page: 2, offset: r.text.indexOf('## Reimbursement') }, { page: 3, offset: r.text.indexOf('The last day') }]);
    const chunks = chunkMarkdown(r.text);
    expect(chunks.map((c) => [c.headingPath.at(-1), pagesOf(c.start, c.end, r.pageStarts)])).toEqual([
      ['Flights', { from: 1, to: 1 }], ['Hotels', { from: 1, to: 1 }], ['Reimbursement', { from: 2, to: 2 }], ['Per diem', { from: 2, to: 3 }],
    ]);
  });

  it('prefers the document title from the PDF metadata', async () => {
    expect((await extractPdf(await makePdf('Cover heading', TRAVEL_POLICY.slice(0, 1), { metaTitle: 'Travel policy 2026' }))).title).toBe('Travel policy 2026');
  });

  it('keeps text that looks like Markdown syntax as text', async () => {
    const r = await extractPdf(await makePdf('Notes', [{ heading: 'Tags', paragraphs: ['# not a heading, just a hash tag line', 'Plain text after it.'] }]));
    expect(r.text).toContain('\\# not a heading');
    expect(chunkMarkdown(r.text).map((c) => c.headingPath)).toEqual([['Notes', 'Tags']]);
  });

  const MEALS = 'Meals are paid at 40 euros a day.';
  it.each<[string, boolean, PdfLine[]]>([
    ['a bold line alone before a paragraph', true, [{ text: 'Per diem', bold: true, after: 0.3 }, { text: MEALS }]],
    ['a bold line after a sentence, without paragraph spacing', true, [{ text: 'Hotels are booked by the office.', after: 0 }, { text: 'Per diem', bold: true, after: 0 }, { text: MEALS }]],
    ['a bold sentence (final period)', false, [{ text: 'Per diem is paid daily.', bold: true, after: 0.3 }, { text: MEALS }]],
    ['a bold label ending in a colon', false, [{ text: 'Per diem:', bold: true, after: 0.3 }, { text: MEALS }]],
    ['a bold paragraph of two lines', false, [{ text: 'Per diem', bold: true, after: 0 }, { text: 'Meals are paid', bold: true }, { text: MEALS }]],
    ['a bold line with nothing after it', false, [{ text: MEALS }, { text: 'Per diem', bold: true }]],
    ['a bold run-in lead on a regular line', false, [{ lead: 'Per diem ', text: 'meals are paid at 40 euros a day' }, { text: MEALS }]],
    ['a long bold line', false, [{ text: 'Per diem rates for every city we travel to in Europe and in the rest', bold: true, after: 0.3 }, { text: MEALS }]],
    ['a bold line inside a running paragraph', false, [{ text: 'Rates apply in these cities', after: 0 }, { text: 'Per diem', bold: true, after: 0 }, { text: 'and nowhere else.' }]],
  ])('%s: a heading = %s', async (_name, heading, lines) => {
    const r = await extractPdf(await makePdf('Travel policy', [{ heading: 'Meals', lines }]));
    // Below the two font-size levels (title, section): a bold body-size heading is level 3.
    expect(r.text.includes('### Per diem')).toBe(heading);
    expect(r.text).toContain('Per diem');
    const paths = chunkMarkdown(r.text).map((c) => c.headingPath);
    expect(paths.some((p) => p.join(' › ') === 'Travel policy › Meals › Per diem')).toBe(heading);
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
