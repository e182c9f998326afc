import { describe, expect, it } from 'vitest';
import { isTextLike, scanFiles, MAX_READ_BYTES } from './files';

describe('files', () => {
  it.each([
    ['customers.csv', '', true],
    ['notes.txt', 'text/plain', true],
    ['data.bin', 'application/json', true],
    ['photo.jpg', 'image/jpeg', false],
    ['deck.pdf', 'application/pdf', false],
  ])('%s (%s) text-like=%s', (name, type, ok) => expect(isTextLike({ name, type })).toBe(ok));

  it('reads text-like files and reports the rest by type and size', async () => {
    const csv = new File(['email\njane@acme.test\n'], 'customers.csv', { type: 'text/csv' });
    const img = new File([new Uint8Array(1000)], 'x.png', { type: 'image/png' });
    const r = await scanFiles([csv, img]);
    expect(r).toEqual({ text: 'email\njane@acme.test\n', type: 'multiple', sizeBytes: csv.size + 1000, unread: 1 });
  });

  it('does not read huge text files', async () => {
    const big = new File([new Uint8Array(MAX_READ_BYTES + 1)], 'big.txt', { type: 'text/plain' });
    expect((await scanFiles([big])).unread).toBe(1);
  });
});
