import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface ExtractedDocument {
  title: string;
  /** Markdown-shaped text (headings, lists, code fences) so the structural chunker applies. */
  text: string;
}

type El = { tagName?: string; nodeType: number; textContent: string | null; childNodes: ArrayLike<El> };

const BLOCK_TAGS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'BLOCKQUOTE', 'TABLE', 'UL', 'OL', 'PRE', 'FIGURE', 'DL']);

/**
 * Main content of an HTML page or exported wiki page: Mozilla Readability (Firefox Reader View) on a
 * server-side DOM drops navigation, footers and sidebars; the article is then written as Markdown.
 */
export function extractHtml(html: string, url = 'https://kb.invalid/'): ExtractedDocument {
  const { document } = parseHTML(html);
  const fallbackTitle = document.querySelector('title')?.textContent?.trim() ?? '';
  // Readability mutates the DOM it is given and needs a documentURI for relative links.
  Object.defineProperty(document, 'documentURI', { value: url, configurable: true });
  const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  const content = article?.content ?? html;
  const { document: body } = parseHTML(`<!doctype html><html><body>${content}</body></html>`);
  const lines: string[] = [];
  walk(body.body as unknown as El, lines);
  const text = lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  return { title: (article?.title ?? fallbackTitle).trim() || fallbackTitle, text };
}

function inline(el: El): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function walk(el: El, out: string[]): void {
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === 3) {
      const t = (child.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (t) out.push(t, '');
      continue;
    }
    if (child.nodeType !== 1) continue;
    const tag = child.tagName ?? '';
    const h = /^H([1-6])$/.exec(tag);
    if (h) {
      const t = inline(child);
      if (t) out.push(`${'#'.repeat(Number(h[1]))} ${t}`, '');
    } else if (tag === 'P') {
      const t = inline(child);
      if (t) out.push(t, '');
    } else if (tag === 'UL' || tag === 'OL') {
      let n = 1;
      for (const li of Array.from(child.childNodes)) {
        if (li.tagName !== 'LI') continue;
        const t = inline(li);
        if (t) out.push(`${tag === 'OL' ? `${n++}.` : '-'} ${t}`);
      }
      out.push('');
    } else if (tag === 'PRE') {
      out.push('```', (child.textContent ?? '').replace(/\n+$/, ''), '```', '');
    } else if (tag === 'TABLE') {
      for (const tr of queryAll(child, 'TR')) {
        const cells = Array.from(tr.childNodes).filter((c) => c.tagName === 'TD' || c.tagName === 'TH').map(inline);
        if (cells.length) out.push(`| ${cells.join(' | ')} |`);
      }
      out.push('');
    } else if (BLOCK_TAGS.has(tag) || tag === 'MAIN' || tag === 'BODY') {
      walk(child, out);
    } else {
      const t = inline(child);
      if (t) out.push(t, '');
    }
  }
}

function queryAll(el: El, tag: string): El[] {
  const found: El[] = [];
  for (const c of Array.from(el.childNodes)) {
    if (c.tagName === tag) found.push(c);
    else if (c.nodeType === 1) found.push(...queryAll(c, tag));
  }
  return found;
}
