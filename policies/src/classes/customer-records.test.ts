import { describe, expect, it } from 'vitest';
import { classOf } from './test-helpers';

const csv = ['name,email,phone', 'Ann Lee,ann.lee@example.com,+1 415 555 0132', 'Bo Chan,bo.chan@example.org,+1 415 555 0199', 'Cy Diaz,cy@example.net,+44 20 7123 4567'].join('\n');
const tsv = csv.replace(/,/g, '\t');

describe('classes/customer_records', () => {
  it.each([
    ['csv', csv],
    ['tsv', tsv],
  ])('%s of customers', (_kind, text) => {
    const r = classOf(text, 'customer_records');
    expect(r?.score).toBeGreaterThanOrEqual(0.5);
    expect(r?.evidence.some((e) => /^rows:\d+ with EMAIL_ADDRESS$/.test(e))).toBe(true);
  });

  it.each([
    ['one signature block', 'Best,\nAnn Lee\nann.lee@example.com\n+1 415 555 0132'],
    ['a sentence with one email', 'Please forward this to ann.lee@example.com by Friday.'],
  ])('not customer records: %s', (_k, text) => expect(classOf(text, 'customer_records')).toBeUndefined());
});
