// Layout helpers over pdfkit: the report's visual vocabulary (section titles, KPI cards, tables,
// bar charts) so board.ts reads as content, not coordinates.
import PDFDocument from 'pdfkit';

export type Doc = PDFKit.PDFDocument;

export const C = {
  ink: '#1a2233', muted: '#5b6577', rule: '#d5dae3', band: '#14213d', accent: '#c2410c', good: '#15803d', soft: '#f3f5f9', bar: '#335c99',
};
export const PAGE = { w: 612, h: 792, m: 54 };
export const CONTENT_W = PAGE.w - 2 * PAGE.m;

export function newDoc(title: string, author: string): Doc {
  return new PDFDocument({ size: 'LETTER', margin: PAGE.m, bufferPages: true, info: { Title: title, Author: author, Subject: 'AI data exposure', Creator: 'Protocol Zero' } });
}

export function toBuffer(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

export function section(doc: Doc, title: string, kicker?: string): void {
  if (doc.y > PAGE.h - 200) doc.addPage();
  doc.moveDown(0.8);
  const y = doc.y;
  doc.rect(PAGE.m, y, 4, 18).fill(C.accent);
  doc.fillColor(C.ink).font('Helvetica-Bold').fontSize(15).text(title, PAGE.m + 12, y + 1, { width: CONTENT_W - 12 });
  if (kicker) doc.fillColor(C.muted).font('Helvetica').fontSize(9.5).text(kicker, PAGE.m + 12, doc.y + 2, { width: CONTENT_W - 12 });
  doc.moveDown(0.6);
  doc.x = PAGE.m;
}

export function paragraph(doc: Doc, text: string, size = 10.5): void {
  doc.fillColor(C.ink).font('Helvetica').fontSize(size).text(text, PAGE.m, doc.y, { width: CONTENT_W, lineGap: 2.5, align: 'left' });
  doc.moveDown(0.5);
}

export interface Kpi {
  label: string;
  value: string;
  note?: string;
}

export function kpiRow(doc: Doc, kpis: Kpi[]): void {
  const gap = 10;
  const w = (CONTENT_W - gap * (kpis.length - 1)) / kpis.length;
  const y = doc.y;
  const h = 70;
  kpis.forEach((k, i) => {
    const x = PAGE.m + i * (w + gap);
    doc.roundedRect(x, y, w, h, 4).fill(C.soft);
    doc.fillColor(C.muted).font('Helvetica').fontSize(7.5).text(k.label.toUpperCase(), x + 10, y + 9, { width: w - 20, lineBreak: false, ellipsis: true });
    doc.fillColor(C.ink).font('Helvetica-Bold').fontSize(17).text(k.value, x + 10, y + 25, { width: w - 20 });
    if (k.note) doc.fillColor(C.muted).font('Helvetica').fontSize(8).text(k.note, x + 10, y + 51, { width: w - 20 });
  });
  doc.x = PAGE.m;
  doc.y = y + h + 8;
}

export interface Column {
  title: string;
  width: number; // share of the content width
  align?: 'left' | 'right';
}

export function table(doc: Doc, columns: Column[], rows: string[][], size = 9.5): void {
  const widths = columns.map((c) => c.width * CONTENT_W);
  const pad = size < 8 ? 3.5 : 5;
  const rowHeight = (cells: string[], font: string) => {
    doc.font(font).fontSize(size);
    return Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: widths[i]! - 2 * pad }))) + 2 * pad;
  };
  const draw = (cells: string[], header: boolean, shade: boolean) => {
    const font = header ? 'Helvetica-Bold' : 'Helvetica';
    const h = rowHeight(cells, font);
    if (doc.y + h > PAGE.h - PAGE.m - 20) doc.addPage();
    const y = doc.y;
    if (header) doc.rect(PAGE.m, y, CONTENT_W, h).fill(C.band);
    else if (shade) doc.rect(PAGE.m, y, CONTENT_W, h).fill(C.soft);
    let x = PAGE.m;
    cells.forEach((c, i) => {
      doc.fillColor(header ? '#ffffff' : C.ink).font(font).fontSize(size).text(c, x + pad, y + pad, { width: widths[i]! - 2 * pad, align: columns[i]!.align ?? 'left' });
      x += widths[i]!;
    });
    doc.y = y + h;
  };
  draw(columns.map((c) => c.title), true, false);
  rows.forEach((r, i) => draw(r, false, i % 2 === 1));
  doc.moveTo(PAGE.m, doc.y).lineTo(PAGE.m + CONTENT_W, doc.y).lineWidth(0.5).stroke(C.rule);
  doc.x = PAGE.m;
  doc.moveDown(0.6);
}

/** Vertical bars with optional low–high whiskers (the weekly trend). */
export function barChart(doc: Doc, bars: { label: string; value: number; low?: number; high?: number }[], format: (n: number) => string, height = 150): void {
  const y0 = doc.y + 6;
  const left = PAGE.m + 54;
  const w = CONTENT_W - 54;
  const max = Math.max(1, ...bars.map((b) => b.high ?? b.value)) * 1.1;
  // Grid and axis labels.
  for (let g = 0; g <= 4; g++) {
    const y = y0 + height - (g / 4) * height;
    doc.moveTo(left, y).lineTo(left + w, y).lineWidth(0.4).stroke(C.rule);
    doc.fillColor(C.muted).font('Helvetica').fontSize(7.5).text(format((g / 4) * max), PAGE.m, y - 4, { width: 48, align: 'right' });
  }
  const slot = w / Math.max(1, bars.length);
  const bw = Math.min(44, slot * 0.55);
  bars.forEach((b, i) => {
    const cx = left + slot * (i + 0.5);
    const h = (b.value / max) * height;
    doc.rect(cx - bw / 2, y0 + height - h, bw, h).fill(C.bar);
    if (b.low !== undefined && b.high !== undefined) {
      const yl = y0 + height - (b.low / max) * height;
      const yh = y0 + height - (b.high / max) * height;
      doc.moveTo(cx, yl).lineTo(cx, yh).lineWidth(1).stroke(C.accent);
      doc.moveTo(cx - 5, yh).lineTo(cx + 5, yh).stroke(C.accent);
      doc.moveTo(cx - 5, yl).lineTo(cx + 5, yl).stroke(C.accent);
    }
    doc.fillColor(C.ink).font('Helvetica-Bold').fontSize(7.5).text(format(b.value), cx - slot / 2, y0 + height - h - 11, { width: slot, align: 'center' });
    doc.fillColor(C.muted).font('Helvetica').fontSize(7.5).text(b.label, cx - slot / 2, y0 + height + 4, { width: slot, align: 'center' });
  });
  doc.x = PAGE.m;
  doc.y = y0 + height + 20;
}

/** Horizontal share bars (top apps / departments). */
export function shareBars(doc: Doc, items: { label: string; share: number; value: string }[]): void {
  const labelW = 150;
  const valueW = 90;
  const barW = CONTENT_W - labelW - valueW - 10;
  for (const it of items) {
    const y = doc.y;
    doc.fillColor(C.ink).font('Helvetica').fontSize(9.5).text(it.label, PAGE.m, y + 1, { width: labelW - 6, ellipsis: true, lineBreak: false });
    doc.rect(PAGE.m + labelW, y + 1, barW, 10).fill(C.soft);
    doc.rect(PAGE.m + labelW, y + 1, Math.max(1, barW * Math.min(1, it.share)), 10).fill(C.bar);
    doc.fillColor(C.ink).font('Helvetica-Bold').fontSize(9.5).text(it.value, PAGE.m + labelW + barW + 10, y + 1, { width: valueW, align: 'right' });
    doc.y = y + 17;
  }
  doc.x = PAGE.m;
  doc.moveDown(0.4);
}

export function footers(doc: Doc, text: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0; // writing below the margin must not start a new page
    const y = PAGE.h - PAGE.m + 18;
    doc.moveTo(PAGE.m, y - 6).lineTo(PAGE.w - PAGE.m, y - 6).lineWidth(0.5).stroke(C.rule);
    doc.fillColor(C.muted).font('Helvetica').fontSize(8).text(text, PAGE.m, y, { width: CONTENT_W / 2, lineBreak: false });
    doc.text(`Page ${i + 1} of ${range.count}`, PAGE.m + CONTENT_W / 2, y, { width: CONTENT_W / 2, align: 'right', lineBreak: false });
  }
}
