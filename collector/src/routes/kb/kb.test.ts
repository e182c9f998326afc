import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findLiveToken } from '../../db/repositories/identity';
import { sha256 } from '../../identity/secrets';
import { startTestApp, TARGETS, type TestApp } from '../../testing/harness';

const handbook = `# Employee handbook

## Expenses

Travel expenses are reimbursed within 30 days when the receipts are attached in the portal.

## Remote access

Restart the VPN client when the tunnel drops, then check UDP port 4500 on your home router.
`;
const salaries = `# Compensation 2026

## Salary bands

Engineering salary bands: L3 from 70k to 85k, L4 from 85k to 105k. Confidential to HR.
`;
const html = readFileSync(new URL('../../kb/ingest/fixtures/intranet-page.html', import.meta.url), 'utf8');

describe.each(TARGETS)('knowledge base routes on $name', (target) => {
  let t: TestApp;
  let analyst: string;
  let admin: string;
  let employee: string;
  let hrEmployee: string;
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const ingest = (body: object) => t.app.inject({ method: 'POST', url: '/v1/kb/documents', headers: auth(analyst), payload: body });
  const search = (token: string, query: string, mode = 'hybrid') =>
    t.app.inject({ method: 'POST', url: '/v1/kb/search', headers: auth(token), payload: { query, k: 10, mode } });

  beforeAll(async () => {
    t = await startTestApp(target);
    [analyst, employee, hrEmployee] = await Promise.all([t.tokenFor('analyst'), t.tokenFor('employee'), t.tokenFor('employee')]);
    admin = await t.tokenFor('admin');
    const hrUser = (await findLiveToken(t.app.db, sha256(hrEmployee)))!;
    const r = await t.app.inject({ method: 'PUT', url: `/v1/kb/groups/${hrUser.userId}`, headers: auth(admin), payload: { groups: ['hr'] } });
    expect(r.statusCode).toBe(200);
  });
  afterAll(async () => t?.close());

  it('ingests Markdown and HTML; the same content again is a no-op', async () => {
    const a = await ingest({ source: 'wiki/handbook.md', contentType: 'text/markdown', content: handbook });
    expect(a.json()).toMatchObject({ status: 'created', chunks: 2 });
    const again = await ingest({ source: 'wiki/handbook.md', contentType: 'text/markdown', content: handbook });
    expect(again.json()).toMatchObject({ status: 'unchanged', documentId: a.json().documentId });
    expect((await ingest({ source: 'https://intranet.example/it/vpn', contentType: 'text/html', content: html })).json()).toMatchObject({ status: 'created' });
    expect((await ingest({ source: 'hr/salaries.md', contentType: 'text/markdown', content: salaries, acl: ['hr'] })).statusCode).toBe(200);
  });

  it('answers with citations (document, heading path, offsets)', async () => {
    const r = await search(employee, 'how long until travel expenses are reimbursed?');
    expect(r.statusCode).toBe(200);
    const top = r.json().hits[0];
    expect(top).toMatchObject({ n: 1, title: 'Employee handbook', headingPath: ['Expenses'], source: 'wiki/handbook.md' });
    expect(top.pages).toBeUndefined(); // Markdown has no pages
    expect(handbook.slice(top.start, top.end)).toContain('reimbursed within 30 days');
  });

  // A KB this small is searched lexically whatever the mode (LSA needs a corpus); the ACL holds in
  // every mode, and the store contract suite checks dense and hybrid ACLs on a fitted model.
  it.each(['hybrid', 'bm25', 'dense'])('never gives a restricted chunk to a user outside its groups (%s)', async (mode) => {
    expect((await search(employee, 'salary', mode)).json().mode).toBe('bm25');
    const outsider = (await search(employee, 'engineering salary bands confidential', mode)).json().hits;
    expect(outsider.map((h: { source: string }) => h.source)).not.toContain('hr/salaries.md');
    const insider = (await search(hrEmployee, 'engineering salary bands confidential', mode)).json().hits;
    expect(insider[0]?.source).toBe('hr/salaries.md');
  });

  it('replaces a changed document atomically: old text gone, new text found', async () => {
    const changed = handbook.replace('within 30 days', 'within 10 business days');
    expect((await ingest({ source: 'wiki/handbook.md', contentType: 'text/markdown', content: changed })).json().status).toBe('replaced');
    const hits = (await search(employee, 'travel expenses reimbursed', 'bm25')).json().hits;
    const texts = hits.filter((h: { source: string }) => h.source === 'wiki/handbook.md').map((h: { text: string }) => h.text).join('\n');
    expect(texts).toContain('10 business days');
    expect(texts).not.toContain('30 days');
  });

  it('deletes, audits, and refuses bad input with stable codes', async () => {
    const list = (await t.app.inject({ method: 'GET', url: '/v1/kb/documents', headers: auth(analyst) })).json().documents;
    const vpn = list.find((d: { source: string }) => d.source.includes('intranet'));
    expect((await t.app.inject({ method: 'DELETE', url: `/v1/kb/documents/${vpn.id}`, headers: auth(analyst) })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'DELETE', url: `/v1/kb/documents/${vpn.id}`, headers: auth(analyst) })).json().error.code).toBe('not_found');
    expect((await ingest({ source: 'x', contentType: 'application/msword', content: 'x' })).json().error.code).toBe('validation_failed');
    expect((await ingest({ source: 'blank.md', contentType: 'text/markdown', content: '   \n\n' })).json().error.code).toBe('kb_empty_document');
    expect((await t.app.inject({ method: 'POST', url: '/v1/kb/documents', headers: auth(employee), payload: { source: 's', contentType: 'text/plain', content: 'x' } })).statusCode).toBe(403);
    const audit = (await t.app.inject({ method: 'GET', url: '/v1/audit?limit=50', headers: auth(admin) })).json();
    const actions = JSON.stringify(audit);
    expect(actions).toContain('kb.document.ingest');
    expect(actions).toContain('kb.document.delete');
  });
});
