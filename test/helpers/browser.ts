import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const CHROMIUM = process.env.PZ_CHROMIUM ?? '/usr/bin/chromium';

export interface LaunchOptions {
  /** Unpacked extension directory to load (omit for a plain browser). */
  extensionDir?: string;
  /** Real hostnames → 127.0.0.1:port (HTTPS 443 is mapped). */
  hostMap?: { hosts: readonly string[]; port: number };
  /** SPKI hash of the fixture certificate: trusted for every host, HSTS-preloaded ones included. */
  spki?: string;
  /** Reuse a profile (browser restart tests); a fresh temporary one otherwise. */
  userDataDir?: string;
  extraArgs?: string[];
}

export interface Launched {
  context: BrowserContext;
  userDataDir: string;
  /** Closes the browser; removes the profile unless it was passed in. */
  close(): Promise<void>;
}

/** Debian Chromium through playwright-core, new headless (extensions need it), no network noise. */
export async function launchChromium(o: LaunchOptions = {}): Promise<Launched> {
  const own = !o.userDataDir;
  const userDataDir = o.userDataDir ?? mkdtempSync(join(tmpdir(), 'pz-profile-'));
  const args = [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
  ];
  if (o.extensionDir) args.push(`--disable-extensions-except=${o.extensionDir}`, `--load-extension=${o.extensionDir}`);
  if (o.hostMap) {
    const rules = o.hostMap.hosts.flatMap((h) => [`MAP ${h}:443 127.0.0.1:${o.hostMap!.port}`, `MAP *.${h}:443 127.0.0.1:${o.hostMap!.port}`]);
    args.push(`--host-resolver-rules=${rules.join(', ')}`);
  }
  if (o.spki) args.push(`--ignore-certificate-errors-spki-list=${o.spki}`);
  args.push(...(o.extraArgs ?? []));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false, // '--headless=new' above: playwright's own headless flag would pick the old mode
    args,
    ignoreDefaultArgs: ['--disable-extensions', '--disable-component-extensions-with-background-pages'],
    viewport: { width: 1100, height: 760 },
  });
  return {
    context,
    userDataDir,
    async close() {
      await context.close().catch(() => undefined);
      if (own) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The extension's service worker (waits for it to start). */
export async function extensionWorker(context: BrowserContext, extensionId?: string, timeoutMs = 20_000): Promise<Worker> {
  const match = (w: Worker) => w.url().startsWith('chrome-extension://') && (!extensionId || w.url().includes(extensionId));
  const found = context.serviceWorkers().find(match);
  if (found) return found;
  return context.waitForEvent('serviceworker', { predicate: match, timeout: timeoutMs });
}

/**
 * Stops the extension's service worker the way Chrome does when it idles: DevTools'
 * ServiceWorker.stopWorker from one of the extension's own pages (same storage partition).
 */
export async function stopExtensionWorker(context: BrowserContext, extensionId: string): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    const cdp = await context.newCDPSession(page);
    const status = new Map<string, string>();
    cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
      for (const v of e.versions) if (v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) status.set(v.versionId, v.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    const running = () => [...status].filter(([, s]) => s === 'running').map(([id]) => id);
    for (let i = 0; i < 50 && running().length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    const ids = running();
    if (ids.length === 0) throw new Error('extension service worker not found');
    for (const versionId of ids) await cdp.send('ServiceWorker.stopWorker', { versionId });
    for (let i = 0; i < 100 && ids.some((id) => status.get(id) !== 'stopped'); i++) await new Promise((r) => setTimeout(r, 100));
    if (ids.some((id) => status.get(id) !== 'stopped')) throw new Error(`service worker did not stop: ${JSON.stringify([...status])}`);
    await cdp.detach();
  } finally {
    await page.close();
  }
}
