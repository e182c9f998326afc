import { describe, expect, it } from 'vitest';
import { citationPath, contentTypeFor, pageLabel, parseGroups, readUpload, toBase64 } from './upload-file';

const file = (name: string, body: string | Uint8Array, type = '') => {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  return { name, type, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer };
};

describe('kb upload helpers', () => {
  it.each([
    ['Guide.MD', '', 'text/markdown'], ['notes.txt', 'text/plain', 'text/plain'], ['page.htm', '', 'text/html'],
    ['policy.pdf', 'application/octet-stream', 'application/pdf'], ['scan', 'application/pdf', 'application/pdf'],
    ['readme', 'text/markdown; charset=utf-8', 'text/markdown'], ['sheet.xlsx', 'application/vnd.ms-excel', undefined],
  ])('%s (%s) → %s', (name, mime, type) => expect(contentTypeFor(name, mime)).toBe(type));

  it.each([
    ['hr, finance  legal', ['hr', 'finance', 'legal'], []],
    ['', [], []],
    ['hr;hr, team:ops', ['hr', 'team:ops'], []],
    ['hr, bad/group, ok', ['hr', 'ok'], ['bad/group']],
  ])('groups %j', (input, groups, invalid) => expect(parseGroups(input)).toEqual({ groups, invalid }));

  it('encodes large binary files to the same base64 as Node', () => {
    const bytes = Uint8Array.from({ length: 200_003 }, (_, i) => (i * 7919) % 256);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('reads text as UTF-8 and a PDF as base64; refuses other types and empty text', async () => {
    expect(await readUpload(file('a.md', '# Café\n'))).toEqual({ contentType: 'text/markdown', content: '# Café\n' });
    const pdf = new TextEncoder().encode('%PDF-1.7 \u00ff');
    expect(await readUpload(file('a.pdf', pdf))).toEqual({ contentType: 'application/pdf', content: Buffer.from(pdf).toString('base64') });
    await expect(readUpload(file('a.docx', 'x'))).rejects.toThrow(/only Markdown, text, HTML and PDF/);
    await expect(readUpload(file('a.txt', '  \n'))).rejects.toThrow(/empty/);
  });

  it.each([
    ['Handbook', ['Handbook', 'Expenses'], 'Handbook › Expenses'],
    ['Handbook', ['Expenses', 'Travel'], 'Handbook › Expenses › Travel'],
    ['Scan', [], 'Scan'],
  ])('citation %s %j → %s', (title, path, out) => expect(citationPath(title, path)).toBe(out));

  it.each([
    [{ from: 3, to: 3 }, 'p. 3'],
    [{ from: 3, to: 4 }, 'pp. 3–4'],
    [undefined, ''],
  ])('pages %j → %j', (pages, label) => expect(pageLabel(pages)).toBe(label));
});
