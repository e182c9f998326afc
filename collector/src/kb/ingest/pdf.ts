// PDF → Markdown-shaped text, so the structural chunker treats a PDF like any other document.
// A PDF has no paragraphs or headings, only positioned glyph runs: we rebuild lines from baselines,
// paragraphs from vertical gaps, and headings from font sizes larger than the body text's.
import { createRequire } from 'node:module';
import path from 'node:path';
import { AppError } from '../../errors';

export interface PdfText {
  title: string;
  /** Markdown: `#` headings by font-size rank, blank lines between paragraphs, `- ` list items. */
  text: string;
  pages: number;
}

interface Run {
  str: string;
  x: number;
  y: number;
  size: number;
  eol: boolean;
}

interface Line {
  text: string;
  y: number;
  size: number;
  page: number;
}

/** A line this much larger than the body text (or larger) is a heading candidate. */
const HEADING_RATIO = 1.15;
/** Baseline gap, in line sizes, beyond which a new paragraph starts (single spacing is ~1.15). */
const PARAGRAPH_GAP = 1.5;
const BULLET = /^\s*([•◦▪‣●○■□–-]|\d{1,3}[.)])\s+/;

let pdfjs: Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> | undefined;
// The legacy build runs in Node without DOM globals; loaded on first use (it is ~2 MB of code).
const loadPdfjs = () => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));
const standardFonts = () => `${path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

/** Throws AppError('kb_invalid_pdf') for anything that is not a readable PDF (including encrypted ones). */
export async function extractPdf(bytes: Uint8Array, opts: { maxPages?: number } = {}): Promise<PdfText> {
  if (bytes.length < 8 || Buffer.from(bytes.subarray(0, 1024)).indexOf('%PDF-') < 0) throw new AppError('kb_invalid_pdf', 'the file does not start with a PDF header');
  const lib = await loadPdfjs();
  // pdf.js takes ownership of (and detaches) the buffer it is given: hand it a copy.
  const task = lib.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, standardFontDataUrl: standardFonts(), verbosity: 0 });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy().catch(() => {});
    const name = (err as { name?: string }).name;
    throw new AppError('kb_invalid_pdf', name === 'PasswordException' ? 'the PDF is encrypted with a password' : 'the PDF could not be parsed');
  }
  try {
    const pages = Math.min(doc.numPages, opts.maxPages ?? 2000);
    const lines: Line[] = [];
    for (let n = 1; n <= pages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const runs: Run[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        // transform = [a, b, c, d, e, f]: the font size is the vertical scale, (e, f) the origin.
        const [, b = 0, , d = 0, x = 0, y = 0] = item.transform as number[];
        runs.push({ str: item.str, x, y, size: Math.round(Math.hypot(b, d) * 10) / 10 || item.height, eol: item.hasEOL });
      }
      lines.push(...toLines(runs, n));
      page.cleanup();
    }
    const meta = (await doc.getMetadata().catch(() => undefined))?.info as { Title?: unknown } | undefined;
    const text = toMarkdown(lines);
    const metaTitle = typeof meta?.Title === 'string' ? meta.Title.trim() : '';
    return { title: metaTitle || (/^#\s+(.+)$/m.exec(text)?.[1] ?? ''), text, pages: doc.numPages };
  } finally {
    await doc.destroy();
  }
}

/** Runs on one baseline (within a third of the font size) form a line, left to right. */
function toLines(runs: readonly Run[], page: number): Line[] {
  const out: Line[] = [];
  let cur: { parts: Run[]; y: number; size: number } | undefined;
  const flush = () => {
    if (!cur) return;
    const text = cur.parts.sort((a, b) => a.x - b.x).map((r) => r.str).join('').replace(/\s+/g, ' ').trim();
    if (text) out.push({ text, y: cur.y, size: cur.size, page });
    cur = undefined;
  };
  for (const r of runs) {
    if (r.str.trim() === '') {
      if (r.eol) flush();
      continue;
    }
    if (cur && Math.abs(cur.y - r.y) > Math.max(cur.size, r.size) / 3) flush();
    if (!cur) cur = { parts: [], y: r.y, size: r.size };
    const prev = cur.parts.at(-1);
    // Adjacent runs often carry no space between words; add one when they do not touch.
    cur.parts.push(prev && !/\s$/.test(prev.str) && !/^\s/.test(r.str) && r.x > prev.x + 0.5 ? { ...r, str: ` ${r.str}` } : r);
    cur.size = Math.max(cur.size, r.size);
    if (r.eol) flush();
  }
  flush();
  return out;
}

function toMarkdown(lines: readonly Line[]): string {
  if (lines.length === 0) return '';
  // The body size is the one most characters are set in.
  const weight = new Map<number, number>();
  for (const l of lines) weight.set(l.size, (weight.get(l.size) ?? 0) + l.text.length);
  const body = [...weight].sort((a, b) => b[1] - a[1])[0]![0];
  const isHeading = (l: Line) => l.size >= body * HEADING_RATIO && l.text.length <= 150 && /\p{L}/u.test(l.text);
  const headingSizes = [...new Set(lines.filter(isHeading).map((l) => l.size))].sort((a, b) => b - a).slice(0, 5);

  const blocks: Array<{ text: string; item: boolean }> = [];
  let para: string[] = [];
  let item = false;
  let heading: { size: number; parts: string[] } | undefined;
  const endPara = () => {
    if (para.length) blocks.push({ text: para.join(' ').replace(/(\p{L})- (\p{Ll})/gu, '$1$2'), item });
    para = [];
    item = false;
  };
  const endHeading = () => {
    if (heading) blocks.push({ text: `${'#'.repeat(headingSizes.indexOf(heading.size) + 1)} ${heading.parts.join(' ')}`, item: false });
    heading = undefined;
  };
  let prev: Line | undefined;
  for (const l of lines) {
    const gap = prev && prev.page === l.page ? prev.y - l.y : Infinity;
    if (isHeading(l) && headingSizes.includes(l.size)) {
      endPara();
      // A long heading wraps onto a second line of the same size: one heading, not two.
      if (heading && heading.size === l.size && gap <= l.size * PARAGRAPH_GAP) heading.parts.push(l.text);
      else {
        endHeading();
        heading = { size: l.size, parts: [l.text] };
      }
    } else {
      endHeading();
      const bullet = BULLET.exec(l.text);
      if (bullet || gap > Math.max(l.size, prev?.size ?? 0) * PARAGRAPH_GAP || (prev && Math.abs(prev.size - l.size) > 0.5)) endPara();
      if (bullet) {
        item = true;
        para.push(`${/\d/.test(bullet[1]!) ? bullet[1] : '-'} ${l.text.slice(bullet[0].length)}`);
      } else {
        // A line starting with Markdown syntax must stay text, not become a heading, fence or list.
        para.push(para.length ? l.text : l.text.replace(/^(#|```|~~~|>|\||[-*+]\s|\d+[.)]\s)/, '\\$1'));
      }
    }
    prev = l;
  }
  endPara();
  endHeading();
  // List items stay on consecutive lines so the chunker sees one list, kept whole.
  return `${blocks.map((b, i) => (i === 0 ? '' : b.item && blocks[i - 1]!.item ? '\n' : '\n\n') + b.text).join('')}\n`;
}
