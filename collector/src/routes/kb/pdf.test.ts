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
    expect(hits[0]).toMatchObject({ title: 'Travel policy', source: 'policies/travel.pdf', headingPath: ['Travel policy', 'Reimbursement'] });
    expect(hits[0].text).toContain('within thirty days');
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
