import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makePdf, TRAVEL_POLICY } from './pdf-fixture';
import { fetchDocument, readDocument, typeOfFile, typeOfResponse } from './sources';

describe('document sources', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pz-kb-src-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['a/b/Guide.MD', 'text/markdown'], ['x.htm', 'text/html'], ['notes.txt', 'text/plain'], ['Policy.PDF', 'application/pdf'], ['sheet.xlsx', undefined], ['README', undefined],
  ])('file %s → %s', (file, type) => expect(typeOfFile(file)).toBe(type));

  it.each([
    ['https://x.example/a', 'application/pdf', 'application/pdf'],
    ['https://x.example/a', 'text/html; charset=utf-8', 'text/html'],
    ['https://x.example/files/p.pdf', 'application/octet-stream', 'application/pdf'],
    ['https://x.example/readme.md', '', 'text/markdown'],
    ['https://x.example/a', 'text/plain', 'text/plain'],
  ])('%s served as %j → %s', (url, header, type) => expect(typeOfResponse(url, header)).toBe(type));

  it('reads a PDF file as base64 bytes and text files as text', async () => {
    const pdf = await makePdf('Travel policy', TRAVEL_POLICY);
    writeFileSync(path.join(dir, 'travel.pdf'), pdf);
    writeFileSync(path.join(dir, 'notes.md'), '# Notes\n\nCafé opens at 8.');
    expect(Buffer.from(readDocument(path.join(dir, 'travel.pdf'))!.content, 'base64').equals(pdf)).toBe(true);
    expect(readDocument(path.join(dir, 'notes.md'))).toMatchObject({ contentType: 'text/markdown', content: '# Notes\n\nCafé opens at 8.' });
    expect(readDocument(path.join(dir, 'sheet.xlsx'))).toBeUndefined();
  });

  it('fetches a served PDF byte for byte', async () => {
    const pdf = await makePdf('Travel policy', TRAVEL_POLICY);
    const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end(pdf));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/travel`;
      const doc = await fetchDocument(url);
      expect(doc.contentType).toBe('application/pdf');
      expect(Buffer.from(doc.content, 'base64').equals(pdf)).toBe(true);
    } finally {
      server.close();
    }
  });
});
