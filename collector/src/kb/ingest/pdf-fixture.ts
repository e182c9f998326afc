// Real PDFs for tests, written by pdfkit (the board report's library): a title, sections, a wrapped
// paragraph, a bullet list, bold body-size lines and a second page — the structure extractPdf must recover.
import PDFDocument from 'pdfkit';

export interface PdfSection {
  heading: string;
  paragraphs?: string[];
  bullets?: string[];
  /** Start this section on a new page. */
  newPage?: boolean;
  /** Body-size lines after the paragraphs and bullets: bold or regular, an optional bold run-in `lead`, then `after` line heights of space (default 0.8). */
  lines?: PdfLine[];
}

export interface PdfLine {
  text: string;
  bold?: boolean;
  lead?: string;
  after?: number;
  /** Start a new page before this line. */
  pageBreak?: boolean;
}

export async function makePdf(title: string, sections: readonly PdfSection[], opts: { metaTitle?: string; userPassword?: string } = {}): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: opts.metaTitle ? { Title: opts.metaTitle } : {}, ...(opts.userPassword ? { userPassword: opts.userPassword, pdfVersion: '1.7' as const } : {}) });
  const parts: Buffer[] = [];
  doc.on('data', (b: Buffer) => parts.push(b));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.font('Helvetica-Bold').fontSize(22).text(title).moveDown(0.5);
  for (const s of sections) {
    if (s.newPage) doc.addPage();
    doc.font('Helvetica-Bold').fontSize(15).text(s.heading).moveDown(0.3);
    doc.font('Helvetica').fontSize(11);
    for (const p of s.paragraphs ?? []) doc.text(p).moveDown(0.8);
    for (const b of s.bullets ?? []) doc.text(`•  ${b}`);
    if (s.bullets?.length) doc.moveDown(0.8);
    for (const l of s.lines ?? []) {
      if (l.pageBreak) doc.addPage();
      if (l.lead) doc.font('Helvetica-Bold').text(l.lead, { continued: true });
      doc.font(l.bold ? 'Helvetica-Bold' : 'Helvetica').text(l.text).moveDown(l.after ?? 0.8);
    }
    doc.font('Helvetica');
  }
  doc.end();
  await done;
  return Buffer.concat(parts);
}

export const TRAVEL_POLICY: readonly PdfSection[] = [
  {
    heading: 'Flights',
    paragraphs: [
      'Employees book economy class for flights shorter than six hours. Business class on longer flights needs written approval from a director before the booking is made, and the approval is attached to the expense report.',
      'Frequent flyer miles earned on company trips belong to the traveller.',
    ],
  },
  { heading: 'Hotels', paragraphs: ['Hotel nights are capped at 180 euros in capital cities and 120 euros elsewhere.'], bullets: ['Book through the travel portal', 'Keep the itemised invoice', 'Cancel unused nights before 6 pm'] },
  { heading: 'Reimbursement', newPage: true, paragraphs: ['Receipts are submitted within thirty days of the trip; late claims are paid in the next cycle.'] },
];
