// Console E2E in real Chromium against a real collector (`pz start`, embedded database): every
// role logs in and sees only its pages, each page renders with data, the live feed shows an event
// posted during the test, a policy edit is simulated, versioned and audited. Screenshots go to
// test-results/console/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type Launched } from '../../helpers/browser';
import { ensureConsoleBuilt, PASSWORD, ROOT, seedEvents, startServer, type Server } from './server';
import { signInAs } from './sign-in';

const SHOTS = join(ROOT, 'test-results', 'console');

const ROLES = {
  admin: ['overview', 'apps', 'events', 'policy', 'deploy', 'gateway', 'kb', 'reports', 'assistant'],
  analyst: ['overview', 'apps', 'events', 'policy', 'gateway', 'kb', 'reports', 'assistant'],
  executive: ['overview', 'apps', 'gateway', 'reports', 'assistant'],
  employee: ['assistant'],
} as const;

/** What "renders with data" means per page: a selector that only appears once data has loaded. */
const READY: Record<string, (p: Page) => Promise<void>> = {
  overview: async (p) => {
    await p.getByTestId('exposure-mean').waitFor();
    expect(await p.getByTestId('exposure-mean').locator('.kpi-value').innerText()).not.toBe('$0');
    expect(await p.locator('canvas').count()).toBeGreaterThanOrEqual(4);
    expect(await p.getByTestId('top-apps').locator('li').count()).toBeGreaterThan(0);
  },
  apps: async (p) => {
    await p.getByTestId('apps-table').waitFor();
    expect(await p.getByTestId('apps-table').locator('tbody tr').count()).toBeGreaterThanOrEqual(4);
  },
  events: async (p) => {
    await p.getByTestId('events-table').waitFor();
    expect(await p.getByTestId('events-table').locator('tbody tr').count()).toBeGreaterThan(50);
  },
  policy: async (p) => {
    await p.getByTestId('policy-versions').waitFor();
    expect(await p.getByLabel('Policy YAML').inputValue()).toContain('protocol-zero/policy/v1');
  },
  deploy: async (p) => { await p.getByText('Enrolled browsers').waitFor(); await p.getByText('e2e-device-0001').waitFor(); },
  gateway: async (p) => { await p.getByTestId('gateway-requests').or(p.locator('.error')).first().waitFor(); },
  kb: async (p) => { await p.getByLabel('Search the knowledge base').waitFor(); await p.getByText('No documents yet').waitFor(); }, // kb.test.ts fills it
  reports: async (p) => { await p.getByTestId('download-pdf').waitFor(); },
  assistant: async (p) => {
    await p.locator('main.content').waitFor();
    await p.waitForFunction(() => !document.querySelector('main .loading'));
    expect(await p.getByText('not available in this build').count()).toBe(0); // the gateway team's page is mounted
  },
};

describe('console in Chromium', () => {
  let server: Server;
  let browser: Launched;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ensureConsoleBuilt();
    server = await startServer();
    browser = await launchChromium({ extraArgs: ['--window-size=1400,1000'] });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const signIn = (email: string, password = PASSWORD): Promise<Page> => signInAs(browser, server.base, email, password);

  it.each(Object.entries(ROLES))('%s logs in, sees only its pages, and each renders with data', async (role, pages) => {
    const page = role === 'admin' ? await signIn(server.admin.email, server.admin.password) : await signIn(`${role}@e2e.example`);
    expect(await page.getByTestId('role').textContent()).toBe(role);
    expect(await page.locator('nav.side a').evaluateAll((as) => as.map((a) => a.getAttribute('data-page')))).toEqual([...pages]);
    for (const p of pages) {
      await page.goto(`${server.base}/#/${p}`);
      await page.locator(`main[data-page="${p}"]`).waitFor();
      await READY[p]!(page);
      await page.screenshot({ path: join(SHOTS, `${role}-${p}.png`), fullPage: true });
    }
    if (role === 'executive') {
      await page.goto(`${server.base}/#/events`); // not allowed: lands on the overview
      await page.locator('main[data-page="overview"]').waitFor();
    }
    await page.close();
  });

  it('the live feed shows an event posted during the test', async () => {
    const page = await signIn('analyst@e2e.example');
    await page.goto(`${server.base}/#/events`);
    await page.getByTestId('events-table').waitFor();
    await page.getByTestId('live-status').getByText('live').waitFor();
    const [event] = seedEvents(1) as [{ id: string }];
    const r = await server.call('POST', '/v1/events', server.deviceToken, { wireVersion: 1, events: [event] });
    expect(r.status).toBe(200);
    await page.locator(`tr[data-event="${event.id}"]`).waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(SHOTS, 'live-feed.png') });
    await page.close();
  });

  it('a policy edit is simulated with a changed outcome, then versioned and audited', async () => {
    const page = await signIn(server.admin.email, server.admin.password);
    await page.goto(`${server.base}/#/policy`);
    const editor = page.getByLabel('Policy YAML');
    await page.getByTestId('policy-versions').waitFor();
    const yaml = await editor.inputValue();
    // The personal-data rule coaches today; the draft blocks instead.
    const draft = yaml.replace(/(id: coach-personal-data[\s\S]*?action: )coach/, '$1block');
    expect(draft).not.toBe(yaml);
    await editor.fill(draft);
    await page.getByTestId('policy-validation').getByText('Valid policy').waitFor();
    await page.getByRole('button', { name: 'Simulate over last 30 days' }).click();
    const summary = page.getByTestId('simulation-summary');
    await summary.waitFor();
    const changed = Number((await summary.locator('b').innerText()).replace(/,/g, ''));
    expect(changed).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'policy-simulation.png'), fullPage: true });

    await editor.fill(draft.replace('apiVersion', 'apiVersionX'));
    await page.getByTestId('policy-validation').locator('li').first().waitFor(); // schema errors shown before any request
    await editor.fill(draft);
    await page.getByLabel('Change comment').fill('block personal data to unsanctioned apps');
    await page.getByRole('button', { name: 'Publish new version' }).click();
    await page.getByTestId('policy-saved').waitFor();
    const version = Number((await page.getByTestId('policy-saved').innerText()).replace(/\D/g, ''));
    expect(version).toBeGreaterThanOrEqual(2);
    await page.getByTestId('policy-versions').getByText(`v${version}`).waitFor();
    const token = await server.token(server.admin.email, server.admin.password);
    const audit = await server.call<{ entries: { action: string; target: string; actor: string }[] }>('GET', '/v1/audit?action=policy.published', token);
    expect(audit.body.entries.some((e) => e.target === `policy:${version}` && e.actor.includes(server.admin.email))).toBe(true);
    await page.close();
  });
});
