import { afterAll, beforeAll, expect, it } from 'vitest';
import { stopExtensionWorker } from '../../helpers/browser';
import { EXTENSION_ID, extMessage, startHarness, storage, waitFor, type Harness } from './harness';

// A held block survives its tab closing. Offline queue: collector down, 1,000 decisions, service worker stopped and restarted, collector
// back → exactly 1,000 events, each once.
let h: Harness;
const step = (what: string) => process.stderr.write(`[outbox ${new Date().toISOString().slice(11, 19)}] ${what}\n`);
beforeAll(async () => {
  h = await startHarness();
}, 600_000);
afterAll(async () => h?.close());

it('a block whose tab is closed before the overlay is answered still reaches the collector, once', async () => {
  const before = h.collector.events.length;
  const page = await h.context.newPage();
  await page.goto('https://chatgpt.com/');
  await page.waitForFunction(() => Array.isArray((window as unknown as { __sent: unknown }).__sent));
  await page.evaluate((key) => {
    const el = document.querySelector<HTMLElement>('#prompt-textarea')!;
    el.innerHTML = `<p>deploy with ${key}</p>`;
    el.firstElementChild!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
  }, 'AKIAZ3MHQ7TXW5VKRB2N');
  await expect.poll(() => page.locator('protocol-zero-overlay').getAttribute('data-pz-action'), { timeout: 20_000 }).toBe('block');
  await waitFor(async () => Object.keys(((await storage(h.worker, 'pz:held')) as { entries?: object } | undefined)?.entries ?? {}).length === 1, 20_000, 'the provisional block held');
  await page.close(); // the user walks away from the overlay
  await waitFor(() => h.collector.events.length > before, 30_000, 'the held block at the collector');
  await new Promise((r) => setTimeout(r, 2500));
  const fresh = h.collector.events.slice(before);
  expect(fresh.map((e) => [e.action, e.outcome])).toEqual([['block', 'blocked']]);
  expect(h.collector.duplicates).toBe(0);
  expect(JSON.stringify(fresh)).not.toContain('AKIAZ3');
}, 120_000);

it('1,000 decisions queued offline survive a service-worker restart and arrive exactly once', async () => {
  const before = h.collector.events.length;
  await h.collector.stop();
  step('collector stopped');
  const page = await h.context.newPage();
  await page.goto('https://chatgpt.com/');
  await page.waitForFunction(() => Array.isArray((window as unknown as { __sent: unknown }).__sent));
  const sentCount = await page.evaluate(() => {
    const el = document.querySelector<HTMLElement>('#prompt-textarea')!;
    for (let i = 0; i < 1000; i++) {
      el.innerHTML = `<p>Clean prompt number ${i}</p>`;
      el.firstElementChild!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    }
    return (window as unknown as { __sent: string[] }).__sent.length;
  });
  expect(sentCount).toBe(1000); // every clean prompt went through
  step('1000 prompts sent');
  await waitFor(async () => ((await storage(h.worker, 'pz:outbox')) as { events: unknown[] } | undefined)?.events.length === 1000, 60_000, '1,000 events persisted');
  expect(h.collector.events).toHaveLength(before);
  // It tried, failed and is backing off (the flush runs 2 s after the last decision).
  await waitFor(async () => ((await storage(h.worker, 'pz:outbox')) as { failures: number }).failures > 0, 30_000, 'a failed send attempt');
  await page.close();
  step('1000 queued');

  await stopExtensionWorker(h.context, EXTENSION_ID); // resolves once DevTools reports it 'stopped'
  step('worker stopped');

  await h.collector.start(); // same port
  step('collector back');
  // Any extension event wakes the worker; a fresh worker flushes what storage holds.
  const status = await extMessage<{ outbox: { queued: number } }>(h.context, { type: 'status' });
  expect(status.outbox.queued).toBeGreaterThanOrEqual(0);
  step('worker woken');
  await waitFor(() => h.collector.events.length >= before + 1000, 60_000, '1,000 events at the collector');
  await new Promise((r) => setTimeout(r, 3000)); // nothing more should trickle in
  expect(h.collector.events).toHaveLength(before + 1000);
  expect(h.collector.eventIds.size).toBe(before + 1000);
  expect(h.collector.duplicates).toBe(0);
  expect(h.collector.invalid).toBe(0);
  const after = await extMessage<{ outbox: { queued: number; dropped: number; sentTotal: number } }>(h.context, { type: 'status' });
  expect(after.outbox).toMatchObject({ queued: 0, dropped: 0 });
}, 300_000);
