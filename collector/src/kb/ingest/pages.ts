// Page citations for PDF chunks: extractPdf records where each page's text starts in its Markdown,
// and a chunk's [start, end) offsets map onto the first and last page it covers.
import type { PageStart } from './pdf';

export interface PageRange {
  from: number;
  to: number;
}

/** The page holding `offset`: the last page starting at or before it (undefined before any text). */
function pageAt(offset: number, starts: readonly PageStart[]): number | undefined {
  let lo = 0;
  let hi = starts.length - 1;
  let found: number | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]!.offset <= offset) {
      found = starts[mid]!.page;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Pages a chunk spans; undefined for documents without pages (everything but PDFs). */
export function pagesOf(start: number, end: number, starts: readonly PageStart[] | undefined): PageRange | undefined {
  if (!starts?.length) return undefined;
  const from = pageAt(start, starts) ?? starts[0]!.page;
  // `end` is exclusive, and a chunk may end on the separator before the next page's first block.
  const to = pageAt(Math.max(start, end - 1), starts) ?? from;
  return { from, to: Math.max(from, to) };
}

/** "p. 3" or "pp. 3–4", as printed citations do. */
export function pageLabel(pages: PageRange | undefined | null): string {
  if (!pages) return '';
  return pages.from === pages.to ? `p. ${pages.from}` : `pp. ${pages.from}–${pages.to}`;
}
