// Where `pz kb ingest` finds documents: files by extension, URLs by Content-Type. A PDF is read as
// bytes and sent base64-encoded (the ingest route takes JSON); everything else is UTF-8 text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { KbContentType } from '../service';

export interface SourceDocument {
  source: string;
  contentType: KbContentType;
  content: string;
}

export const EXTENSIONS: Readonly<Record<string, KbContentType>> = {
  '.md': 'text/markdown', '.markdown': 'text/markdown', '.html': 'text/html', '.htm': 'text/html', '.txt': 'text/plain', '.pdf': 'application/pdf',
};

export const typeOfFile = (file: string): KbContentType | undefined => EXTENSIONS[path.extname(file).toLowerCase()];

/** A served document's type: the header first, then the URL's extension (servers often say octet-stream). */
export function typeOfResponse(url: string, header: string): KbContentType {
  const h = header.toLowerCase();
  if (h.includes('pdf')) return 'application/pdf';
  if (h.includes('html')) return 'text/html';
  if (h.includes('markdown')) return 'text/markdown';
  return typeOfFile(new URL(url).pathname) ?? 'text/plain';
}

const encode = (type: KbContentType, bytes: Buffer) => (type === 'application/pdf' ? bytes.toString('base64') : bytes.toString('utf8'));

/** undefined for a file of a type the knowledge base does not take. */
export function readDocument(file: string): SourceDocument | undefined {
  const type = typeOfFile(file);
  return type && { source: file, contentType: type, content: encode(type, readFileSync(file)) };
}

export async function fetchDocument(url: string): Promise<SourceDocument> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const type = typeOfResponse(url, res.headers.get('content-type') ?? '');
  return { source: url, contentType: type, content: encode(type, Buffer.from(await res.arrayBuffer())) };
}
