// Turning a picked file into an ingest request: the type from the extension (browsers report an
// empty or generic MIME type for .md), text as UTF-8, a PDF as base64 bytes (the route takes JSON).
import type { KbContentType } from '../../api/kb';

const BY_EXTENSION: Record<string, KbContentType> = {
  md: 'text/markdown', markdown: 'text/markdown', txt: 'text/plain', text: 'text/plain', html: 'text/html', htm: 'text/html', pdf: 'application/pdf',
};
const BY_MIME: Record<string, KbContentType> = {
  'text/markdown': 'text/markdown', 'text/x-markdown': 'text/markdown', 'text/plain': 'text/plain', 'text/html': 'text/html', 'application/pdf': 'application/pdf',
};

export const ACCEPT = '.md,.markdown,.txt,.text,.html,.htm,.pdf';
/** The route's limits: 15 M base64 characters for a PDF, 5 M characters of text. */
export const MAX_PDF_BYTES = 11 * 1024 * 1024;
export const MAX_TEXT_CHARS = 5_000_000;

export function contentTypeFor(name: string, mime = ''): KbContentType | undefined {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  return BY_EXTENSION[ext] ?? BY_MIME[mime.split(';')[0]!.trim().toLowerCase()];
}

const GROUP = /^[A-Za-z0-9._:-]{1,64}$/;
/** "hr, finance  legal" → groups; names the server would refuse come back as `invalid`. */
export function parseGroups(input: string): { groups: string[]; invalid: string[] } {
  const names = [...new Set(input.split(/[\s,;]+/).filter(Boolean))];
  return { groups: names.filter((g) => GROUP.test(g)), invalid: names.filter((g) => !GROUP.test(g)) };
}

/** Base64 in slices: String.fromCharCode(...bytes) overflows the stack on a large file. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export class UploadError extends Error {}

export async function readUpload(file: { name: string; type: string; size: number; arrayBuffer(): Promise<ArrayBuffer> }): Promise<{ contentType: KbContentType; content: string }> {
  const contentType = contentTypeFor(file.name, file.type);
  if (!contentType) throw new UploadError(`${file.name}: only Markdown, text, HTML and PDF files can be added`);
  if (contentType === 'application/pdf' && file.size > MAX_PDF_BYTES) throw new UploadError(`${file.name}: a PDF may be at most 11 MB`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (contentType === 'application/pdf') return { contentType, content: toBase64(bytes) };
  const content = new TextDecoder('utf-8').decode(bytes);
  if (content.length > MAX_TEXT_CHARS) throw new UploadError(`${file.name}: a text document may be at most 5,000,000 characters`);
  if (!content.trim()) throw new UploadError(`${file.name} is empty`);
  return { contentType, content };
}

/** "p. 3" / "pp. 3–4" for a PDF passage; empty for documents without pages. */
export function pageLabel(pages: { from: number; to: number } | undefined): string {
  if (!pages) return '';
  return pages.from === pages.to ? `p. ${pages.from}` : `pp. ${pages.from}–${pages.to}`;
}

/** Where the passage sits: document title, then its heading path, without repeating the title. */
export function citationPath(title: string, headingPath: readonly string[]): string {
  const path = headingPath[0] === title ? headingPath.slice(1) : headingPath;
  return [title, ...path].join(' › ');
}
