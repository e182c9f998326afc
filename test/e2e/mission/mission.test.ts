// The whole mission in one run (issue 9), once per storage mode, with real components only: the
// collector as a child process, Debian Chromium with the built extension configured by the MDM kit,
// fixture AI sites over HTTPS on their real hostnames, the gateway talking to a local fake Anthropic
// server, `pz-sensor ship` as a child process, and the console in the same browser. Steps share
// state and run in order; a step that cannot pass names the missing part in its failure.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_ZERO_EXTENSION_ID as EXT } from '@protocol-zero/policies';
import type { Page } from 'playwright-core';
import { AWS_KEY, CUSTOMER, ENTITIES, NEEDLES, PASTE, PROMPT } from '../../fixtures/mission/index';
import { SITE_FIXTURES, SITE_FIXTURES_DIR } from '../../fixtures/sites/index';
import { startFakeAnthropic } from '../../fixtures/fake-anthropic/server';
import { extensionWorker, launchChromium } from '../../helpers/browser';
import { makeCert } from '../../helpers/cert';
import { CHROMIUM_MANAGED_DIR, writeManagedPolicy } from '../../helpers/managed-policy';
import { startSiteServer } from '../../helpers/site-server';
import { extMessage, sent, storage, waitFor } from '../extension/harness';
import { ensureBuilds, EXTENSION_BUILD } from './builds';
import { startCollector, storageModes } from './collector-process';
import { PASSWORD, signIn, signInHere, waitForRedeemed } from './console';
import { gatewayViaApi, type StoredEvent } from './gateway-api';
import { registerReportSteps } from './steps-report';
import { SHOTS, type Mission } from './state';

const CHATGPT = SITE_FIXTURES['chatgpt.com']!;
const CLAUDE = SITE_FIXTURES['claude.ai']!;

describe.each(storageModes())('the mission on $name', (mode) => {
  const m = { mode: mode.name } as Mission;
  const slug = mode.databaseUrl ? 'postgres' : 'pglite';
  const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${slug}-${name}.png`), fullPage: true });

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ensureBuilds();
    m.fake = await startFakeAnthropic();
    // Step 1: a fresh database, the gateway pointed at the fake Messages API.
    m.c = await startCollector(mode, { ANTHROPIC_API_KEY: 'mission-fake-upstream-key', ANTHROPIC_BASE_URL: m.fake.url });
    const admin = await m.c.login(m.c.admin.email, m.c.admin.password);
    m.emails = { analyst: 'analyst@mission.example', executive: 'caio@mission.example', employee: 'employee@mission.example' };
    for (const [role, email] of Object.entries(m.emails)) {
      const r = await m.c.call('POST', '/v1/users', admin, { email, displayName: role, role, password: PASSWORD });
      if (r.status !== 201) throw new Error(`create ${role}: ${r.status} ${r.text}`);
    }
    m.tokens = {
      admin, analyst: await m.c.login(m.emails.analyst, PASSWORD), executive: await m.c.login(m.emails.executive, PASSWORD), employee: await m.c.login(m.emails.employee, PASSWORD),
    };
  }, 600_000);

  afterAll(async () => {
    // The collector's own output as a CI artefact (step 7 proves it holds no prompt value).
    if (m.c) writeFileSync(join(SHOTS, `${slug}-collector.log`), m.c.logs());
    await m.browser?.close();
    m.removePolicy?.();
    await m.sites?.close();
    await m.c?.cleanup();
    await m.fake?.close();
  }, 120_000);

  it('1. the collector is up on a fresh database', async () => {
    const r = await fetch(`${m.c.base}/readyz`);
    expect(r.status).toBe(200);
    expect(m.c.logs()).toMatch(mode.databaseUrl ? /PostgreSQL, jobs: bullmq/i : /embedded database in .*jobs: (inline|in-process)/i);
  });

  it('2. IT: the MDM kit from the console API configures Chromium; the extension enrolls and fetches the policy', async () => {
    const kitRes = await m.c.call<Record<string, unknown>>('GET', '/v1/deploy/mdm-kit/chrome-json', m.tokens.admin);
    expect(kitRes.status).toBe(200);
    const kit = JSON.parse(kitRes.text) as { '3rdparty': { extensions: Record<string, { collectorUrl: string; gatewayUrl: string; enrollmentSecret: string }> } };
    const cfg = kit['3rdparty'].extensions[EXT]!;
    expect(cfg.collectorUrl).toBe(m.c.base);
    expect(cfg.gatewayUrl).toBe(m.c.base);
    // The build is loaded unpacked, so only the managed configuration is installed: the kit's
    // force-install list would make Chromium fetch the (unreachable) update URL.
    m.removePolicy = writeManagedPolicy('protocol-zero-mission', { '3rdparty': kit['3rdparty'] });
    const hosts = ['chatgpt.com', 'claude.ai'];
    const cert = makeCert(hosts);
    m.sites = await startSiteServer({ cert, dir: SITE_FIXTURES_DIR, pages: { 'chatgpt.com': CHATGPT.file, 'claude.ai': CLAUDE.file }, fallback: CHATGPT.file });
    m.browser = await launchChromium({ extensionDir: EXTENSION_BUILD, hostMap: { hosts, port: m.sites.port }, spki: cert.spki, extraArgs: ['--window-size=1400,1000'] });
    const worker = await extensionWorker(m.browser.context, EXT, 60_000);
    await waitFor(async () => {
      const p = (await storage(worker, 'pz:policy')) as { source?: string } | undefined;
      const d = (await storage(worker, 'pz:device')) as { token?: string } | undefined;
      return p?.source === 'collector' && !!d?.token;
    }, 120_000, 'extension enrolled with the kit secret and fetched the collector policy (managed storage only)');
    m.deviceId = ((await storage(worker, 'pz:device')) as { deviceId: string }).deviceId;
    const devices = await m.c.call<{ devices: { deviceId: string }[] }>('GET', '/v1/deploy/devices', m.tokens.admin);
    expect(devices.body.devices.map((d) => d.deviceId)).toContain(m.deviceId);
  }, 300_000);

  it('3a. employee: a prompt with customer data on chatgpt.com is redirected to the company assistant', async () => {
    expect(m.browser, 'step 2 started no browser').toBeDefined();
    const page = await m.browser!.context.newPage();
    await page.goto('https://chatgpt.com/');
    await page.waitForFunction(() => Array.isArray((window as unknown as { __sent: unknown }).__sent));
    await page.locator(CHATGPT.editor).first().fill(PROMPT);
    await page.locator(CHATGPT.editor).first().press('Enter');
    const overlay = page.locator('protocol-zero-overlay');
    await expect.poll(() => overlay.getAttribute('data-pz-action'), { timeout: 30_000 }).toBe('redirect');
    await shot(page, '1-redirect');
    const [tab] = await Promise.all([m.browser!.context.waitForEvent('page', { timeout: 60_000 }), overlay.locator('[data-testid=pz-redirect]').click()]);
    await tab.waitForLoadState();
    const url = new URL(tab.url());
    expect(url.origin).toBe(m.c.base);
    const token = /[#?&]t=([^&]+)/.exec(url.hash)?.[1];
    expect(token, `hand-off token in the fragment of ${url.origin}${url.pathname}`).toMatch(/^pzh_/);
    for (const n of NEEDLES) expect(tab.url()).not.toContain(n);
    expect(await sent(page)).toEqual([]); // nothing reached the public tool
    m.handoffToken = decodeURIComponent(token!);
    m.assistantTab = tab;
    await page.close();
  });

  it('3b. the assistant tab redeems the token, shows what was scrubbed and streams the restored answer', async () => {
    const tab = m.assistantTab;
    expect(tab, 'step 3a opened no assistant tab').toBeDefined();
    await tab!.setViewportSize({ width: 1400, height: 1000 });
    // Console sessions are per tab: the employee signs in on the tab the extension opened.
    if (await tab!.getByLabel('Email').isVisible({ timeout: 15_000 }).catch(() => false)) await signInHere(tab!, m.emails.employee);
    try {
      if (!(await waitForRedeemed(tab!, 30_000))) {
        // Recorded as a failure, then the employee re-opens the link so the rest of the page is walked.
        expect.soft(false, `GAP: the hand-off token is lost when the employee signs in on the tab the extension opened (URL now ${new URL(tab!.url()).hash.replace(/t=[^&]+/, 't=…')}): console/src/app.tsx onLogin replaces location.hash`).toBe(true);
        await tab!.goto(`${m.c.base}/#/assistant?t=${m.handoffToken}`);
        await tab!.reload();
        expect(await waitForRedeemed(tab!, 60_000), 'the assistant redeemed the re-opened hand-off link').toBe(true);
      }
      expect(new URL(tab!.url()).hash, 'the token leaves the address bar once redeemed').not.toContain(m.handoffToken!);
      const marks = await tab!.getByTestId('assistant-original').locator('mark').allInnerTexts();
      expect.soft(marks.sort(), `each scrubbed value is highlighted in full (highlighted: ${JSON.stringify(marks)})`).toEqual(Object.values(CUSTOMER).sort());
      const scrubbed = (await tab!.getByTestId('assistant-scrubbed').textContent()) ?? '';
      for (const e of ENTITIES) expect(scrubbed, 'what the model sees has a placeholder per entity').toMatch(new RegExp(`<${e}_\\d+>`));
      for (const n of NEEDLES) expect(scrubbed).not.toContain(n);
      expect(await tab!.getByTestId('assistant-input').inputValue()).toBe(PROMPT);
      await tab!.getByTestId('assistant-send').click();
      const answer = tab!.locator('[data-testid=assistant-turns] .turn-assistant .turn-text').last();
      // Streamed: wait until every value has been restored into the answer (or time out naming what is missing).
      await expect.poll(async () => { const t = await answer.innerText().catch(() => ''); return t.startsWith('Echo:') ? Object.values(CUSTOMER).filter((v) => !t.includes(v)) : ['no answer yet']; }, { timeout: 90_000 }).toEqual([]);
      const text = await answer.innerText();
      for (const v of Object.values(CUSTOMER)) expect(text, 'restored in the streamed answer').toContain(v);
      m.gatewayVia = 'page';
    } finally {
      await shot(tab!, '2-assistant');
    }
  }, 300_000);

  it('3c. the gateway: the fake Anthropic server received no original value, only placeholders', async () => {
    let calls = m.fake.received.filter((r) => r.path.startsWith('/v1/messages'));
    const tab = m.assistantTab;
    if (calls.length === 0 && tab && (await tab.getByTestId('assistant-send').isEnabled().catch(() => false))) {
      await tab.getByTestId('assistant-send').click(); // 3b stopped before sending: send from the page
      await expect.poll(() => m.fake.received.length, { timeout: 60_000 }).toBeGreaterThan(0);
      calls = m.fake.received.filter((r) => r.path.startsWith('/v1/messages'));
    }
    if (calls.length === 0 && m.handoffToken) {
      // The page did not get that far: walk the same seam through the API (as the page would) so the
      // hand-off token and the gateway are still proven — step 3b stays failed.
      await gatewayViaApi(m);
      calls = m.fake.received.filter((r) => r.path.startsWith('/v1/messages'));
    }
    expect(calls.length).toBeGreaterThan(0);
    for (const c of calls) for (const n of NEEDLES) expect(c.raw.includes(n), `upstream request body holds a raw fixture value`).toBe(false);
    const all = calls.map((c) => c.raw).join('\n');
    for (const e of ENTITIES) expect(all).toMatch(new RegExp(`<${e}_\\d+>`));
  });

  it('4. employee: an AWS key pasted on claude.ai is blocked, and the event reaches the collector and the live feed', async () => {
    const ctx = m.browser!.context;
    m.liveFeed = await signIn(ctx, m.c.base, m.emails.analyst);
    await m.liveFeed.goto(`${m.c.base}/#/events`);
    await m.liveFeed.getByTestId('live-status').getByText('live').waitFor({ timeout: 60_000 });
    // The managed-policy directory is machine-wide: name any other file that changed our policy.
    const status = await extMessage<{ policy: { source: string; name: string } }>(ctx, { type: 'status' });
    expect(status.policy.source, `the extension runs the collector's policy, not "${status.policy.name}" (managed policy files now: ${readdirSync(CHROMIUM_MANAGED_DIR).join(', ')})`).toBe('collector');
    const page = await ctx.newPage();
    await page.goto('https://claude.ai/');
    await page.waitForFunction(() => Array.isArray((window as unknown as { __sent: unknown }).__sent));
    await page.locator(CLAUDE.editor).first().click();
    await page.locator(CLAUDE.editor).first().evaluate((el, text) => {
      const dt = new DataTransfer();
      dt.setData('text/plain', text);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }, PASTE);
    await expect.poll(() => page.locator('protocol-zero-overlay').getAttribute('data-pz-action'), { timeout: 30_000 }).toBe('block');
    await shot(page, '3-blocked-paste');
    await page.locator('protocol-zero-overlay').locator('[data-testid=pz-ok], [data-testid=pz-cancel]').first().click(); // "Back to editing": the decision is recorded
    await expect.poll(() => page.locator('protocol-zero-overlay').count()).toBe(0);
    expect(await page.locator(CLAUDE.editor).first().innerText()).not.toContain(AWS_KEY);
    await page.close();
    const flushed = await extMessage<unknown>(ctx, { type: 'flush' });
    // Filtered by app and outcome, and matched on this browser's device: the managed-policy directory
    // is machine-wide, so another Chromium started meanwhile may report to this collector too.
    const mine = async (q: string) => (await m.c.call<{ events: StoredEvent[] }>('GET', `/v1/events?limit=100&${q}`, m.tokens.analyst)).body.events.filter((e) => e.deviceId === m.deviceId);
    let events: StoredEvent[] = [];
    const arrived = () => events.some((e) => e.appId === 'claude' && e.outcome === 'blocked') && events.some((e) => e.appId === 'chatgpt' && e.outcome === 'redirected');
    for (const end = Date.now() + 90_000; Date.now() < end && !arrived(); await new Promise((r) => setTimeout(r, 1000)))
      events = [...(await mine('appId=claude&outcome=blocked')), ...(await mine('appId=chatgpt&outcome=redirected'))];
    if (!arrived()) {
      const st = await extMessage<{ outbox?: unknown; enrolled?: boolean; telemetryLevel?: string }>(ctx, { type: 'status' }).catch((e: Error) => ({ error: e.message }));
      expect.fail(`decision events from this browser at the collector after 90 s: ${JSON.stringify(events.map((e) => `${e.appId}:${e.outcome}`))}; extension flush ${JSON.stringify(flushed)}, status ${JSON.stringify(st).slice(0, 600)}`);
    }
    // Telemetry is in: the machine-wide managed policy goes now (the console steps need no extension).
    m.removePolicy?.();
    m.removePolicy = undefined;
    const blocked = events.find((e) => e.appId === 'claude' && e.outcome === 'blocked')!;
    const redirected = events.find((e) => e.appId === 'chatgpt' && e.outcome === 'redirected')!;
    expect(redirected.handoffId, 'the redirect decision names its hand-off').toMatch(/^[0-9a-f-]{36}$/);
    expect(redirected.entities).toMatchObject({ PERSON: 1, EMAIL_ADDRESS: 1, CREDIT_CARD: 1 });
    for (const n of NEEDLES) expect(JSON.stringify(events)).not.toContain(n);
    m.blockedEventId = blocked.id;
    await m.liveFeed.locator(`tr[data-event="${blocked.id}"]`).waitFor({ timeout: 60_000 });
    await shot(m.liveFeed, '4-console-live-feed');
  }, 300_000);

  registerReportSteps(m, shot);
});
