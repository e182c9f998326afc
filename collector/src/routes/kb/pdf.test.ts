// PDF uploads through the route (and the ingest job, BullMQ on the Redis target): the text layer is
// searchable with heading-path citations, and an unreadable file is a stable 4xx, not a 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePdf, TRAVEL_POLICY } from '../../kb/ingest/pdf-fixture';
import { startTestApp, TARGETS, type TestApp } from '../../testing/harness';

describe.each(TARGETS)('PDF documents on $name', (target) => {
  let t: TestApp;
  let analyst: string;
  const auth = () => ({ authorization: `Bearer ${analyst}` });
  const ingest = (body: object) => t.app.inject({ method: 'POST', url: '/v1/kb/documents', headers: auth(), payload: body });

  beforeAll(async () => {
    t = await startTestApp(target);
    analyst = await t.tokenFor('analyst');
  });
  afterAll(async () => t?.close());

  it('ingests a PDF, lists it, and cites its sections; the same bytes again are a no-op', async () => {
    const content = (await makePdf('Travel policy', TRAVEL_POLICY)).toString('base64');
    const first = await ingest({ source: 'policies/travel.pdf', contentType: 'application/pdf', content, acl: ['analyst'] });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ status: 'created', chunks: 3 });
    expect((await ingest({ source: 'policies/travel.pdf', contentType: 'application/pdf', content, acl: ['analyst'] })).json().status).toBe('unchanged');
    const docs = (await t.app.inject({ method: 'GET', url: '/v1/kb/documents', headers: auth() })).json().documents;
    expect(docs).toEqual([expect.objectContaining({ title: 'Travel policy', source: 'policies/travel.pdf', contentType: 'application/pdf', acl: ['analyst'], chunks: 3 })]);
    const hits = (await t.app.inject({ method: 'POST', url: '/v1/kb/search', headers: auth(), payload: { query: 'how many days to submit receipts', k: 3 } })).json().hits;
    // The index is rebuilt from the database here, so the pages went through the kb_chunks columns.
    expect(hits[0]).toMatchObject({ title: 'Travel policy', source: 'policies/travel.pdf', headingPath: ['Reimbursement'], pages: { from: 2, to: 2 } });
    expect(hits[0].text).toContain('within thirty days');
  });

  it('cites a section spanning a page break with its page range, under the upload title only once', async () => {
    const sections = [...TRAVEL_POLICY, { heading: 'Per diem', lines: [{ text: 'Per diem meals are paid at 40 euros a day.' }, { text: 'The last travel day is paid at half rate.', pageBreak: true }] }];
    const content = (await makePdf('Travel policy', sections)).toString('base64');
    const r = await ingest({ source: 'policies/travel-2026.pdf', title: 'Travel policy 2026', contentType: 'application/pdf', content, acl: ['analyst'] });
    expect(r.json()).toMatchObject({ status: 'created', chunks: 4 });
    const hits = (await t.app.inject({ method: 'POST', url: '/v1/kb/search', headers: auth(), payload: { query: 'per diem half rate last travel day', k: 5 } })).json().hits;
    const top = hits.find((h: { source: string }) => h.source === 'policies/travel-2026.pdf');
    expect(top).toMatchObject({ title: 'Travel policy 2026', headingPath: ['Per diem'], pages: { from: 2, to: 3 } });
  });

  it.each([
    ['HTML renamed to .pdf', Buffer.from('<html>hello</html>').toString('base64')],
    ['a truncated PDF', async () => (await makePdf('Travel policy', TRAVEL_POLICY)).subarray(0, 300).toString('base64')],
    ['an encrypted PDF', async () => (await makePdf('Secret', TRAVEL_POLICY, { userPassword: 'pw' })).toString('base64')],
  ])('answers 422 kb_invalid_pdf for %s and stores nothing', async (_name, content) => {
    const body = typeof content === 'string' ? content : await content();
    const r = await ingest({ source: 'bad.pdf', contentType: 'application/pdf', content: body });
    expect(r.statusCode).toBe(422);
    expect(r.json().error.code).toBe('kb_invalid_pdf');
    const docs = (await t.app.inject({ method: 'GET', url: '/v1/kb/documents', headers: auth() })).json().documents;
    expect(docs.map((d: { source: string }) => d.source)).not.toContain('bad.pdf');
  });
});
