// PDF → Markdown-shaped text, so the structural chunker treats a PDF like any other document.
// A PDF has no paragraphs or headings, only positioned glyph runs: we rebuild lines from baselines,
// paragraphs from vertical gaps, and headings from font sizes larger than the body text's — or, at
// body size, from a short line set alone in a bold face. Each page's first offset in the Markdown is
// kept so a chunk can be cited by page.
import { createRequire } from 'node:module';
import path from 'node:path';
import { AppError } from '../../errors';

export interface PdfText {
  title: string;
  /** Markdown: `#` headings by font-size rank, blank lines between paragraphs, `- ` list items. */
  text: string;
  pages: number;
  /** Where each page's text starts in `text`, ascending; pages with no text are absent. */
  pageStarts: PageStart[];
}

export interface PageStart {
  page: number;
  offset: number;
}

interface Run {
  str: string;
  x: number;
  y: number;
  size: number;
  eol: boolean;
  bold: boolean;
}

interface Line {
  text: string;
  y: number;
  size: number;
  page: number;
  /** Every glyph run on the line is set in a bold face. */
  bold: boolean;
}

/** A line this much larger than the body text (or larger) is a heading candidate. */
const HEADING_RATIO = 1.15;
/** Baseline gap, in line sizes, beyond which a new paragraph starts (single spacing is ~1.15). */
const PARAGRAPH_GAP = 1.5;
const BULLET = /^\s*([•◦▪‣●○■□–-]|\d{1,3}[.)])\s+/;
/** A bold line at body size is a heading only when it is this short (longer bold lines are emphasis). */
const BOLD_HEADING_MAX = { chars: 80, words: 12 };
const BOLD_NAME = /bold|black|heavy|semibold|demibold|extrabold/i;

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
    const bold = new Map<string, boolean>();
    for (let n = 1; n <= pages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      // The text layer names fonts only by id; their real names ("…-Bold") arrive in commonObjs once the
      // page's operator list is built. Fonts are shared across pages, so only a page using a font not
      // seen before pays for that (about half the cost of reading its text).
      const unseen = Object.keys(content.styles).filter((f) => !bold.has(f));
      if (unseen.length) {
        if (unseen.some((f) => !page.commonObjs.has(f))) await page.getOperatorList().catch(() => undefined);
        for (const f of unseen) bold.set(f, isBoldFont(page.commonObjs.has(f) ? page.commonObjs.get(f) : undefined));
      }
      const runs: Run[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        // transform = [a, b, c, d, e, f]: the font size is the vertical scale, (e, f) the origin.
        const [, b = 0, , d = 0, x = 0, y = 0] = item.transform as number[];
        runs.push({ str: item.str, x, y, size: Math.round(Math.hypot(b, d) * 10) / 10 || item.height, eol: item.hasEOL, bold: bold.get(item.fontName) ?? false });
      }
      lines.push(...toLines(runs, n));
      page.cleanup();
    }
    const meta = (await doc.getMetadata().catch(() => undefined))?.info as { Title?: unknown } | undefined;
    const { text, pageStarts } = toMarkdown(lines);
    const metaTitle = typeof meta?.Title === 'string' ? meta.Title.trim() : '';
    return { title: metaTitle || (/^#\s+(.+)$/m.exec(text)?.[1] ?? ''), text, pages: doc.numPages, pageStarts };
  } finally {
    await doc.destroy();
  }
}

/** pdf.js font objects carry `bold`/`black` flags and the PostScript name (subset prefix and all). */
function isBoldFont(font: unknown): boolean {
  const f = font as { bold?: unknown; black?: unknown; name?: unknown } | undefined;
  return f?.bold === true || f?.black === true || (typeof f?.name === 'string' && BOLD_NAME.test(f.name));
}

/** Runs on one baseline (within a third of the font size) form a line, left to right. */
function toLines(runs: readonly Run[], page: number): Line[] {
  const out: Line[] = [];
  let cur: { parts: Run[]; y: number; size: number } | undefined;
  const flush = () => {
    if (!cur) return;
    const text = cur.parts.sort((a, b) => a.x - b.x).map((r) => r.str).join('').replace(/\s+/g, ' ').trim();
    const inked = cur.parts.filter((r) => r.str.trim() !== '');
    if (text) out.push({ text, y: cur.y, size: cur.size, page, bold: inked.length > 0 && inked.every((r) => r.bold) });
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

function toMarkdown(lines: readonly Line[]): { text: string; pageStarts: PageStart[] } {
  if (lines.length === 0) return { text: '', pageStarts: [] };
  // The body size is the one most characters are set in.
  const weight = new Map<number, number>();
  for (const l of lines) weight.set(l.size, (weight.get(l.size) ?? 0) + l.text.length);
  const body = [...weight].sort((a, b) => b[1] - a[1])[0]![0];
  const isHeading = (l: Line) => l.size >= body * HEADING_RATIO && l.text.length <= 150 && /\p{L}/u.test(l.text);
  const headingSizes = [...new Set(lines.filter(isHeading).map((l) => l.size))].sort((a, b) => b - a).slice(0, 5);
  const sizeHeading = (l: Line) => isHeading(l) && headingSizes.includes(l.size);
  const gapBefore = (i: number) => {
    const prev = lines[i - 1];
    return prev && prev.page === lines[i]!.page ? prev.y - lines[i]!.y : Infinity;
  };
  const bodySized = (l: Line) => l.size >= body * 0.9 && l.size < body * HEADING_RATIO;
  // Bold run-in headings sit below every size-ranked level.
  const boldLevel = Math.min(headingSizes.length + 1, 6);
  const boldHeadings = new Set<number>();
  lines.forEach((l, i) => {
    if (isBoldHeading(l, lines[i - 1], lines[i + 1], gapBefore(i), bodySized, sizeHeading)) boldHeadings.add(i);
  });

  const blocks: Array<{ text: string; item: boolean; page: number }> = [];
  let para: string[] = [];
  let paraPage = 0;
  let item = false;
  let heading: { level: number; size: number; bold: boolean; parts: string[]; page: number } | undefined;
  const endPara = () => {
    if (para.length) blocks.push({ text: para.join(' ').replace(/(\p{L})- (\p{Ll})/gu, '$1$2'), item, page: paraPage });
    para = [];
    item = false;
  };
  const endHeading = () => {
    if (heading) blocks.push({ text: `${'#'.repeat(heading.level)} ${heading.parts.join(' ')}`, item: false, page: heading.page });
    heading = undefined;
  };
  let prev: Line | undefined;
  lines.forEach((l, i) => {
    const gap = gapBefore(i);
    if (sizeHeading(l)) {
      endPara();
      // A long heading wraps onto a second line of the same size: one heading, not two.
      if (heading && !heading.bold && heading.size === l.size && gap <= l.size * PARAGRAPH_GAP) heading.parts.push(l.text);
      else {
        endHeading();
        heading = { level: headingSizes.indexOf(l.size) + 1, size: l.size, bold: false, parts: [l.text], page: l.page };
      }
    } else if (boldHeadings.has(i)) {
      endPara();
      endHeading();
      heading = { level: boldLevel, size: l.size, bold: true, parts: [l.text], page: l.page };
    } else {
      endHeading();
      const bullet = BULLET.exec(l.text);
      if (bullet || gap > Math.max(l.size, prev?.size ?? 0) * PARAGRAPH_GAP || (prev && Math.abs(prev.size - l.size) > 0.5)) endPara();
      if (para.length === 0) paraPage = l.page;
      if (bullet) {
        item = true;
        para.push(`${/\d/.test(bullet[1]!) ? bullet[1] : '-'} ${l.text.slice(bullet[0].length)}`);
      } else {
        // A line starting with Markdown syntax must stay text, not become a heading, fence or list.
        para.push(para.length ? l.text : l.text.replace(/^(#|```|~~~|>|\||[-*+]\s|\d+[.)]\s)/, '\\$1'));
      }
    }
    prev = l;
  });
  endPara();
  endHeading();
  // List items stay on consecutive lines so the chunker sees one list, kept whole.
  let text = '';
  const pageStarts: PageStart[] = [];
  blocks.forEach((b, i) => {
    text += i === 0 ? '' : b.item && blocks[i - 1]!.item ? '\n' : '\n\n';
    if (pageStarts.at(-1)?.page !== b.page) pageStarts.push({ page: b.page, offset: text.length });
    text += b.text;
  });
  return { text: `${text}\n`, pageStarts };
}

/**
 * A line set entirely in bold at body size is a heading when it stands alone: it starts a block (a
 * paragraph gap, a page top, right after a heading, or after a line that ended a sentence — documents
 * set without paragraph spacing), is short, does not end like a sentence
 * or a run-in label (. ! ? , ; :), is not a list item, and body text in a regular face follows it.
 * A bold sentence inside a paragraph, or a bold paragraph of several lines, stays text.
 */
function isBoldHeading(
  l: Line, prev: Line | undefined, next: Line | undefined, gap: number,
  bodySized: (l: Line) => boolean, sizeHeading: (l: Line) => boolean,
): boolean {
  if (!l.bold || !bodySized(l) || sizeHeading(l)) return false;
  if (l.text.length > BOLD_HEADING_MAX.chars || l.text.split(' ').length > BOLD_HEADING_MAX.words) return false;
  if (!/\p{L}/u.test(l.text) || /[.!?,;:]$/.test(l.text) || BULLET.test(l.text)) return false;
  const standsAlone = !prev || gap > Math.max(l.size, prev.size) * PARAGRAPH_GAP || sizeHeading(prev) || Math.abs(prev.size - l.size) > 0.5 || /[.!?:]$/.test(prev.text);
  return standsAlone && next !== undefined && !next.bold && bodySized(next);
}
