// Knowledge-base page in real Chromium against a real collector: an admin adds a Markdown file and
// a PDF (made by pdfkit) with groups, sees them listed, finds a passage of each with its citation,
// deletes the PDF and it leaves both the list and the search; a broken PDF gets a clear error.
// The analyst manages the same knowledge base; the executive has no such page and the API refuses.
// Screenshots go to test-results/console/ (kb-*.png).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePdf, TRAVEL_POLICY } from '../../../collector/src/kb/ingest/pdf-fixture';
import { launchChromium, type Launched } from '../../helpers/browser';
import { ensureConsoleBuilt, PASSWORD, ROOT, startServer, type Server } from './server';
import { signInAs } from './sign-in';

const SHOTS = join(ROOT, 'test-results', 'console');

const HANDBOOK = `# Employee handbook

## Expenses

Travel expenses are reimbursed within 30 days when the receipts are attached in the portal.

## Remote access

Restart the VPN client when the tunnel drops, then check UDP port 4500 on your home router.
`;

describe('knowledge base page in Chromium', () => {
  let server: Server;
  let browser: Launched;
  let files: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    files = mkdtempSync(join(tmpdir(), 'pz-e2e-kb-'));
    writeFileSync(join(files, 'handbook.md'), HANDBOOK);
    writeFileSync(join(files, 'travel-policy.pdf'), await makePdf('Travel policy', TRAVEL_POLICY));
    writeFileSync(join(files, 'broken.pdf'), (await makePdf('Broken', TRAVEL_POLICY)).subarray(0, 300));
    ensureConsoleBuilt();
    server = await startServer();
    browser = await launchChromium({ extraArgs: ['--window-size=1400,1000'] });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (files) rmSync(files, { recursive: true, force: true });
  });

  const signIn = (email: string, password = PASSWORD): Promise<Page> => signInAs(browser, server.base, email, password);

  async function upload(page: Page, file: string, title: string, groups: string) {
    await page.getByLabel('Documents').setInputFiles(join(files, file));
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Groups').fill(groups);
    await page.getByRole('button', { name: 'Add to knowledge base' }).click();
  }

  async function search(page: Page, query: string) {
    await page.getByLabel('Search the knowledge base').fill(query);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByTestId('kb-results').getByText(`"${query}"`).waitFor();
    return page.getByTestId('kb-results').locator('li');
  }

  it('admin adds Markdown and PDF, finds both with citations, deletes one and it is gone everywhere', async () => {
    const page = await signIn(server.admin.email, server.admin.password);
    await page.goto(`${server.base}/#/kb`);
    await page.locator('main[data-page="kb"]').waitFor();
    expect(await page.locator('nav.side a[data-page="kb"]').innerText()).toBe('Knowledge base');

    await upload(page, 'handbook.md', '', '');
    await page.getByTestId('kb-upload-result').getByText('handbook.md: created, 2 passages').waitFor();
    await upload(page, 'travel-policy.pdf', 'Travel policy 2026', 'admin, analyst');
    await page.getByTestId('kb-upload-result').getByText('travel-policy.pdf: created, 3 passages').waitFor();

    const rows = page.getByTestId('kb-documents').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    const pdfRow = page.locator('tr[data-doc="upload/travel-policy.pdf"]');
    expect((await pdfRow.locator('td').allInnerTexts()).slice(0, 5)).toEqual(['Travel policy 2026', 'upload/travel-policy.pdf', 'PDF', 'admin, analyst', '3']);
    expect((await page.locator('tr[data-doc="upload/handbook.md"]').locator('td').allInnerTexts()).slice(0, 5)).toEqual(['Employee handbook', 'upload/handbook.md', 'Markdown', 'everyone', '2']);

    const vpn = await search(page, 'what to do when the VPN tunnel drops');
    await expect.poll(() => vpn.first().getAttribute('data-source')).toBe('upload/handbook.md');
    expect(await vpn.first().getByTestId('kb-citation').innerText()).toBe('[1] Employee handbook › Remote access');
    expect(await vpn.first().getByTestId('kb-pages').count()).toBe(0); // Markdown has no pages
    expect(await vpn.first().locator('blockquote').innerText()).toContain('UDP port 4500');

    const receipts = await search(page, 'how many days to submit receipts after a trip');
    await expect.poll(() => receipts.first().getAttribute('data-source')).toBe('upload/travel-policy.pdf');
    // The PDF's title came from the upload form; its heading path from the PDF's font sizes, minus the
    // first heading that only repeats the title; the page from the PDF's text layer.
    expect(await receipts.first().getByTestId('kb-citation').innerText()).toBe('[1] Travel policy 2026 › Reimbursement');
    expect(await receipts.first().getByTestId('kb-pages').innerText()).toBe(', p. 2');
    expect(await receipts.first().locator('blockquote').innerText()).toContain('within thirty days of the trip');
    await page.screenshot({ path: join(SHOTS, 'kb-search.png'), fullPage: true });

    await pdfRow.getByRole('button', { name: 'Delete Travel policy 2026' }).click();
    await pdfRow.getByRole('button', { name: 'Confirm delete' }).click();
    await pdfRow.waitFor({ state: 'detached' });
    await expect.poll(() => rows.count()).toBe(1);
    // The shown result is searched again after the delete, and a fresh search agrees.
    await expect.poll(() => page.locator('[data-testid="kb-results"] li[data-source="upload/travel-policy.pdf"]').count()).toBe(0);
    const again = await search(page, 'submit receipts within thirty days travel policy reimbursement');
    expect(await again.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-source')))).not.toContain('upload/travel-policy.pdf');
    const token = await server.token(server.admin.email, server.admin.password);
    const api = await server.call<{ hits: { source: string }[] }>('POST', '/v1/kb/search', token, { query: 'receipts thirty days reimbursement', k: 10 });
    expect(api.body.hits.map((h) => h.source)).not.toContain('upload/travel-policy.pdf');

    await upload(page, 'broken.pdf', '', '');
    await page.getByRole('alert').getByText('kb_invalid_pdf').waitFor();
    await expect.poll(() => rows.count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'kb-after-delete.png'), fullPage: true });
    await page.close();
  });

  it('the analyst manages the same knowledge base', async () => {
    const page = await signIn('analyst@e2e.example');
    await page.locator('nav.side a[data-page="kb"]').click();
    await page.locator('tr[data-doc="upload/handbook.md"]').waitFor();
    await upload(page, 'travel-policy.pdf', '', 'analyst');
    await page.getByTestId('kb-upload-result').getByText('travel-policy.pdf: created, 3 passages').waitFor();
    const hits = await search(page, 'hotel nights capped in capital cities');
    await expect.poll(() => hits.first().getAttribute('data-source')).toBe('upload/travel-policy.pdf');
    expect(await hits.first().getByTestId('kb-citation').innerText()).toBe('[1] Travel policy › Hotels');
    await page.screenshot({ path: join(SHOTS, 'kb-analyst.png'), fullPage: true });
    await page.close();
  });

  it('the executive has no knowledge-base page, and the API refuses the management routes', async () => {
    const page = await signIn('executive@e2e.example');
    expect(await page.locator('nav.side a[data-page="kb"]').count()).toBe(0);
    await page.goto(`${server.base}/#/kb`);
    await page.locator('main[data-page="overview"]').waitFor();
    await page.close();
    const token = await server.token('executive@e2e.example');
    expect((await server.call('GET', '/v1/kb/documents', token)).status).toBe(403);
    expect((await server.call('POST', '/v1/kb/documents', token, { source: 'x.md', contentType: 'text/markdown', content: '# x' })).status).toBe(403);
  });
});
