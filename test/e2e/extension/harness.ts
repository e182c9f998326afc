import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { APPS, classify, evaluate, type Action, type ContentSummary, type UsagePolicy } from '@protocol-zero/policies';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { GENERIC_FIXTURE, SITE_FIXTURES, SITE_FIXTURES_DIR } from '../../fixtures/sites/index';
import { extensionWorker, launchChromium, type Launched } from '../../helpers/browser';
import { default as ensureBuilt, EXTENSION_BUILD, ROOT } from '../../helpers/build-extension';
import { makeCert } from '../../helpers/cert';
import { FakeCollector } from '../../helpers/fake-collector';
import { startSiteServer, type SiteServer } from '../../helpers/site-server';

// The extension's own globals, inside worker.evaluate callbacks.
declare const chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } };

export const EXTENSION_ID = 'mimbdjloeejbdiphnialmailcpacdiaf';
export const SHOTS = join(ROOT, 'test-results', 'extension');
const ADAPTER_HOSTS = new Set(['chatgpt.com', 'chat.openai.com', 'claude.ai', 'gemini.google.com', 'copilot.microsoft.com', 'm365.cloud.microsoft', 'perplexity.ai', 'chat.deepseek.com', 'chat.mistral.ai', 'poe.com', 'grok.com', 'meta.ai', 'huggingface.co', 'character.ai']);

/** A catalogued web host with no dedicated adapter: exercised through the generic adapter. */
export function genericHost(): string {
  const hosts = Object.values(APPS).flatMap((a) => a.hosts).filter((h) => /^[a-z0-9.-]+\.[a-z]+$/.test(h)).sort();
  const preferred = ['chat.qwen.ai', 'you.com', 'pi.ai', 'chat.reka.ai'];
  const pick = preferred.find((h) => hosts.includes(h)) ?? hosts.find((h) => ![...ADAPTER_HOSTS].some((a) => h === a || h.endsWith('.' + a)));
  if (!pick) throw new Error('catalog has no host without a dedicated adapter');
  return pick;
}

export interface Harness {
  launched: Launched;
  context: BrowserContext;
  sites: SiteServer;
  collector: FakeCollector;
  worker: Worker;
  generic: string;
  hosts: string[];
  close(): Promise<void>;
}

/** Built extension + fixture sites over HTTPS on real hostnames + fake collector, configured. */
export async function startHarness(opts: { configure?: boolean } = {}): Promise<Harness> {
  ensureBuilt();
  mkdirSync(SHOTS, { recursive: true });
  const generic = genericHost();
  const hosts = [...Object.keys(SITE_FIXTURES), 'chat.openai.com', generic];
  const cert = makeCert(hosts);
  const sites = await startSiteServer({ cert, dir: SITE_FIXTURES_DIR, pages: Object.fromEntries(Object.entries(SITE_FIXTURES).map(([h, f]) => [h, f.file])), fallback: GENERIC_FIXTURE.file });
  const collector = new FakeCollector();
  await collector.start();
  const launched = await launchChromium({ extensionDir: EXTENSION_BUILD, hostMap: { hosts, port: sites.port }, spki: cert.spki });
  const worker = await extensionWorker(launched.context, EXTENSION_ID);
  const h: Harness = {
    launched, context: launched.context, sites, collector, worker, generic, hosts,
    async close() {
      await launched.close();
      await sites.close();
      await collector.stop();
    },
  };
  if (opts.configure !== false) await configure(h);
  return h;
}

/** Unmanaged install configured through the options item, as the options page would. */
export async function configure(h: Harness): Promise<void> {
  const options = { collectorUrl: h.collector.url, gatewayUrl: h.collector.url, enrollmentSecret: h.collector.enrollmentSecret };
  await h.worker.evaluate((o) => chrome.storage.local.set({ 'pz:options': o }), options);
  await waitFor(async () => {
    const c = (await storage(h.worker, 'pz:config')) as { managed?: boolean } | undefined;
    // Machine-wide: another test's file in /etc/chromium/policies/managed would override these options.
    if (c?.managed) throw new Error('a managed policy for the extension is present (another test running?): results would be wrong');
    const s = await storage(h.worker, 'pz:policy');
    const d = await storage(h.worker, 'pz:device');
    return (s as { source?: string })?.source === 'collector' && !!(d as { token?: string })?.token;
  }, 20_000, 'extension enrolled and fetched the collector policy');
}

export async function storage(worker: Worker, key: string): Promise<unknown> {
  return worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);
}

export async function waitFor(fn: () => Promise<boolean> | boolean, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await fn()) return;
    if (Date.now() > end) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** What the policy says for a text on a host, computed in Node the same way the extension should. */
export function expectedAction(policy: UsagePolicy, host: string, text: string, channel: 'prompt' | 'paste' | 'drop' | 'upload' = 'prompt'): Action {
  const app = Object.values(APPS).find((a) => a.hosts.some((x) => host === x || host.endsWith('.' + x)));
  const c = classify(text);
  const entities: ContentSummary['entities'] = {};
  for (const f of c.findings) entities[f.entity] = (entities[f.entity] ?? 0) + 1;
  return evaluate(policy, {
    app: { id: app?.id ?? 'unknown', category: app?.category ?? 'chat_assistant' },
    content: { entities, classes: c.classes.map((x) => x.class), severity: c.severity },
    user: { groups: [] },
    channel,
  }).action;
}

export async function sent(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __sent: string[] }).__sent);
}

/** Sends a protocol message from an extension page (a worker cannot message itself). */
export async function extMessage<T>(context: BrowserContext, msg: object): Promise<T> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
    return (await page.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m), msg)) as T;
  } finally {
    await page.close();
  }
}
