// The console's audited flows in real Chromium against a real collector (`pz start`): revealing a
// pseudonymous user (reason required, identity shown to admin and analyst, audit row), sanctioning
// an app (admin only, new policy version, audit row), and the report downloads (CSV and XLSX files
// saved by the browser, parsed, numbers equal to the API's), and rotating the MDM kit secret (downloads
// stable until rotated, audited, the old secret refused). Screenshots go to test-results/console/.
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ExposureOverview } from '@protocol-zero/policies';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pseudonymFor } from '../../../collector/src/identity/pseudonym';
import { launchChromium, type Launched } from '../../helpers/browser';
import { ensureConsoleBuilt, PASSWORD, ROOT, seedEvents, startServer, type Server } from './server';
import { signInAs } from './sign-in';

const SHOTS = join(ROOT, 'test-results', 'console');
const IDENTITY = 'rita.reveal@e2e.example';

interface AuditEntry { action: string; target: string; actor: string; reason: string | null; details: Record<string, unknown> | null }

/** RFC 4180 as the collector writes it (quoted cells may hold commas, quotes and newlines). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) cell += c;
    else if (c === ',') endCell();
    else if (c === '\n') {
      endCell();
      rows.push(row);
      row = [];
    } else if (c !== '\r') cell += c;
  }
  if (cell || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}

/** exceljs is the collector's dependency (it writes the workbook); the test reads with the same library. */
interface Workbook { xlsx: { load(b: ArrayBuffer): Promise<unknown> }; worksheets: { name: string }[]; getWorksheet(n: string): { getSheetValues(): unknown[][] } | undefined }
const ExcelJS = createRequire(join(ROOT, 'collector/package.json'))('exceljs') as { Workbook: new () => Workbook };

/** What the board report tables must say, straight from the API: [key, rounded mean USD, share]. */
type Breakdown = NonNullable<ExposureOverview['current']>['result']['byApp'];
const expectedRows = (list: Breakdown) =>
  list.map((b) => [b.key, Math.round(b.meanUsd), Number(b.share.toFixed(6))]);

describe('audited console flows in Chromium', () => {
  let server: Server;
  let browser: Launched;
  let adminToken: string;
  let revealed: { user: string; eventIds: [string, string] };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ensureConsoleBuilt();
    server = await startServer();
    adminToken = await server.token(server.admin.email, server.admin.password);
    // A second browser enrolled with the user's identity hint: the collector learns who is behind the pseudonym.
    const secret = await server.call<{ secret: string }>('POST', '/v1/deploy/enrollment-secrets', adminToken, { label: 'reveal' });
    const enroll = await fetch(`${server.base}/v1/enroll`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ enrollmentSecret: secret.body.secret, deviceId: 'e2e-device-reveal', userHint: IDENTITY, extensionVersion: '1.0.0', browser: 'chrome' }),
    });
    expect(enroll.status).toBe(200);
    const { deviceToken, pseudonymKey } = (await enroll.json()) as { deviceToken: string; pseudonymKey: string };
    const user = pseudonymFor(pseudonymKey, IDENTITY);
    // Two decisions of that user, the newest on the events page.
    const eventIds: [string, string] = [randomUUID(), randomUUID()];
    const events = (seedEvents(2) as Record<string, unknown>[]).map((e, i) => ({ ...e, id: eventIds[i], user, deviceId: 'e2e-device-reveal', occurredAt: new Date(Date.now() - i * 1000).toISOString() }));
    const ingest = await server.call('POST', '/v1/events', deviceToken, { wireVersion: 1, events });
    expect(ingest.status).toBe(200);
    revealed = { user, eventIds };
    browser = await launchChromium({ extraArgs: ['--window-size=1400,1000'] });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const signIn = (email: string, password = PASSWORD): Promise<Page> => signInAs(browser, server.base, email, password);
  const audit = async (action: string) => (await server.call<{ entries: AuditEntry[] }>('GET', `/v1/audit?action=${action}&limit=500`, adminToken)).body.entries;

  it('report downloads: the CSV and XLSX the browser saves carry the API’s numbers', async () => {
    const page = await signIn('executive@e2e.example'); // the board's reader: dashboards and reports only
    await page.goto(`${server.base}/#/reports`);
    await page.getByTestId('download-pdf').waitFor();
    const save = async (button: string, exact = true) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact }).click()]);
      const path = join(SHOTS, download.suggestedFilename());
      await download.saveAs(path);
      await page.getByTestId('report-status').getByText(`Downloaded ${download.suggestedFilename()}`).waitFor();
      return { path, name: download.suggestedFilename() };
    };
    const apps = await save('apps');
    const departments = await save('departments');
    const xlsx = await save('All tables (XLSX)');
    await page.screenshot({ path: join(SHOTS, 'reports-downloads.png'), fullPage: true });
    await page.close();

    const overview = (await server.call<ExposureOverview>('GET', '/v1/exposure/overview', await server.token('executive@e2e.example'))).body;
    const r = overview.current!.result;
    expect(r.byApp.length).toBeGreaterThan(0);
    expect(r.byDepartment.length).toBeGreaterThan(0);
    const day = new Date().toISOString().slice(0, 10);
    expect([apps.name, departments.name, xlsx.name]).toEqual([`apps-${day}.csv`, `departments-${day}.csv`, `ai-exposure-tables-${day}.xlsx`]);

    const appsCsv = parseCsv(readFileSync(apps.path, 'utf8'));
    expect(appsCsv[0]).toEqual(['app_id', 'name', 'mean_usd', 'share', 'sensitive_prompts_per_year']);
    expect(appsCsv.slice(1).map((c) => [c[0], Number(c[2]), Number(c[3])])).toEqual(expectedRows(r.byApp));
    expect(appsCsv.slice(1).map((c) => c[1])).toEqual(r.byApp.map((b) => overview.appNames[b.key] ?? b.key));
    const deptCsv = parseCsv(readFileSync(departments.path, 'utf8'));
    expect(deptCsv[0]).toEqual(['department', 'mean_usd', 'share', 'sensitive_prompts_per_year']);
    expect(deptCsv.slice(1).map((c) => [c[0], Number(c[1]), Number(c[2])])).toEqual(expectedRows(r.byDepartment));

    const wb = new ExcelJS.Workbook();
    const bytes = readFileSync(xlsx.path);
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['apps', 'departments', 'classes', 'curve', 'trend', 'assumptions']);
    // getSheetValues() is 1-based (index 0 empty); row 1 is the header.
    const sheet = (n: string) => wb.getWorksheet(n)!.getSheetValues().slice(2).map((row) => row.slice(1));
    expect(sheet('apps').map((c) => [c[0], c[2], c[3]])).toEqual(expectedRows(r.byApp));
    expect(sheet('departments').map((c) => [c[0], c[1], c[2]])).toEqual(expectedRows(r.byDepartment));
    expect(sheet('classes').map((c) => [c[0], c[1], c[2]])).toEqual(expectedRows(r.byClass));
  });

  it.each([
    { role: 'admin', reason: 'incident 4711: customer list pasted into a chatbot' },
    { role: 'analyst', reason: 'DLP ticket 88: repeated secrets to unsanctioned apps' },
  ])('$role reveals a pseudonymous user with a reason; the identity is shown and the reveal audited', async ({ role, reason }) => {
    const email = role === 'admin' ? server.admin.email : `${role}@e2e.example`;
    const page = role === 'admin' ? await signIn(server.admin.email, server.admin.password) : await signIn(email);
    await page.goto(`${server.base}/#/events`);
    const row = page.locator(`tr[data-event="${revealed.eventIds[0]}"]`);
    const other = page.locator(`tr[data-event="${revealed.eventIds[1]}"]`);
    await row.waitFor();
    expect(await row.locator('code').getAttribute('title')).toBe(revealed.user); // pseudonymous by default
    expect(await row.innerText()).not.toContain(IDENTITY);
    await row.getByRole('button', { name: 'reveal', exact: true }).click();
    const button = row.getByRole('button', { name: 'Reveal', exact: true });
    await row.getByLabel('Reveal reason').fill('curious');
    expect(await button.isDisabled()).toBe(true); // a reason of at least 10 characters is required
    await row.getByLabel('Reveal reason').fill(reason);
    await button.click();
    await row.locator('.revealed').getByText(IDENTITY).waitFor();
    await other.locator('.revealed').getByText(IDENTITY).waitFor(); // one audited reveal covers the user's other rows
    await page.screenshot({ path: join(SHOTS, `reveal-${role}.png`) });
    await page.close();

    const rows = (await audit('pseudonym.reveal')).filter((e) => e.target === `user:${revealed.user}` && e.actor === `user:${email}`);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ reason, details: { found: true } });
  });

  it('the reveal API refuses an executive and a missing reason, and neither is recorded as a reveal', async () => {
    const before = (await audit('pseudonym.reveal')).length;
    const exec = await server.call('POST', '/v1/events/reveal', await server.token('executive@e2e.example'), { user: revealed.user, reason: 'board asked who this is' });
    expect(exec.status).toBe(403);
    const short = await server.call('POST', '/v1/events/reveal', await server.token('analyst@e2e.example'), { user: revealed.user, reason: 'x' });
    expect(short.status).toBe(400);
    expect((await audit('pseudonym.reveal')).length).toBe(before);
  });

  it('an admin sanctions an app on the apps page: a new policy version and an audit row; analysts cannot', async () => {
    const analyst = await signIn('analyst@e2e.example');
    await analyst.goto(`${server.base}/#/apps`);
    await analyst.locator('tr[data-app="deepseek"]').waitFor();
    expect(await analyst.getByTestId('apps-table').locator('select').count()).toBe(0); // no editor for non-admins
    await analyst.close();
    const refused = await server.call('PUT', '/v1/apps/deepseek/sanction', await server.token('analyst@e2e.example'), { tier: 'blocked', note: 'not allowed' });
    expect(refused.status).toBe(403);

    const before = (await server.call<{ version: number }>('GET', '/v1/policy', adminToken)).body.version;
    const page = await signIn(server.admin.email, server.admin.password);
    await page.goto(`${server.base}/#/apps`);
    const row = page.locator('tr[data-app="deepseek"]');
    await row.waitFor();
    const current = await row.locator('.tier').innerText();
    const tier = current === 'blocked' ? 'sanctioned' : 'blocked';
    const note = `vendor retains prompts; decided ${randomUUID().slice(0, 8)}`;
    await row.locator('select').selectOption(tier);
    expect(await row.getByRole('button', { name: 'Save' }).isDisabled()).toBe(true); // a reason is required
    await row.getByPlaceholder('reason (audited)').fill(note);
    await row.getByRole('button', { name: 'Save' }).click();
    await page.locator('tr[data-app="deepseek"] .tier').getByText(tier, { exact: true }).waitFor();
    await page.locator('tr[data-app="deepseek"]').getByText(`by ${server.admin.email}`).waitFor();
    await page.screenshot({ path: join(SHOTS, 'apps-sanctioned.png'), fullPage: true });
    await page.close();

    const policy = (await server.call<{ version: number; policy: { tiers: { apps: Record<string, string> } } }>('GET', '/v1/policy', adminToken)).body;
    expect(policy.version).toBe(before + 1);
    expect(policy.policy.tiers.apps.deepseek).toBe(tier);
    const rows = (await audit('app.sanction')).filter((e) => e.target === 'app:deepseek' && e.reason === note);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor: `user:${server.admin.email}`, details: { tier, policyVersion: policy.version } });
  });

  it('the gateway page lists cost per department from the API, with each department budget', async () => {
    // No model is configured in this server, so there are no requests: a budgeted department is listed with zeros.
    const put = await server.call('PUT', '/v1/gateway/budgets', adminToken, { scope: 'department', subject: 'finance', period: 'month', maxTokens: 200000, maxUsd: 25 });
    expect(put.status).toBe(200);
    const usage = (await server.call<{ byDepartment: { department: string | null; requests: number; budget: { maxUsd: number | null } | null }[] }>('GET', '/v1/gateway/usage?days=30', adminToken)).body;
    expect(usage.byDepartment).toContainEqual(expect.objectContaining({ department: 'finance', requests: 0, budget: expect.objectContaining({ maxUsd: 25 }) }));
    const page = await signIn('executive@e2e.example');
    await page.goto(`${server.base}/#/gateway`);
    const row = page.getByTestId('gateway-departments').locator('tr[data-department="finance"]');
    await row.waitFor();
    expect((await row.locator('td').allInnerTexts()).map((t) => t.trim())).toEqual(['finance', '0', '0', '$0', '200,000 tokens · $25 per month', '0%']);
    expect(await page.getByTestId('gateway-departments').locator('tbody tr').count()).toBe(usage.byDepartment.length);
    await page.screenshot({ path: join(SHOTS, 'gateway-departments.png'), fullPage: true });
    await page.close();
  });

  it('MDM kit downloads carry the same secret until an admin rotates it; the rotation is audited and the old secret stops enrolling', async () => {
    const page = await signIn(server.admin.email, server.admin.password);
    await page.goto(`${server.base}/#/deploy`);
    const secretOf = async (): Promise<string> => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Chrome policy (JSON)' }).click()]);
      const text = readFileSync((await download.path())!, 'utf8');
      let found: string | undefined;
      const walk = (x: unknown): void => {
        if (!x || typeof x !== 'object') return;
        for (const [k, v] of Object.entries(x)) {
          if (k === 'enrollmentSecret') found = typeof v === 'string' ? v : (v as { Value?: string }).Value;
          else walk(v);
        }
      };
      walk(JSON.parse(text));
      if (!found) throw new Error('no enrollment secret in the kit');
      return found;
    };
    const first = await secretOf();
    expect(await secretOf()).toBe(first);
    const rotatedBefore = (await audit('mdm_kit.rotated')).length;
    await page.getByRole('button', { name: 'Rotate kit secret' }).click();
    await page.getByRole('button', { name: 'Confirm rotate' }).click();
    await page.getByTestId('kit-rotated').waitFor();
    const second = await secretOf();
    expect(second).not.toBe(first);
    // The secrets list on the page shows the rotated kit secret revoked and its successor active.
    const kitRows = page.locator('tr', { hasText: 'mdm-kit' });
    await expect.poll(async () => (await kitRows.allInnerTexts()).map((t) => (t.includes('revoked') ? 'revoked' : 'active')).sort()).toEqual(['active', 'revoked']);
    expect((await audit('mdm_kit.rotated')).length).toBe(rotatedBefore + 1);
    const enroll = (secret: string) => fetch(`${server.base}/v1/enroll`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ enrollmentSecret: secret, deviceId: `kit-${secret.slice(0, 8)}`, extensionVersion: '1.0.0', browser: 'chrome' }),
    });
    expect((await enroll(first)).status).toBe(403);
    expect((await enroll(second)).status).toBe(200);
    await page.screenshot({ path: join(SHOTS, 'deploy-kit-rotated.png'), fullPage: true });
    await page.close();
  });
});
