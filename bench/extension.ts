// Claims (issue 5), measured in the real browser (Debian Chromium + the built extension):
//   1. added latency on submit for a 4 KB prompt: p99 ≤ 5 ms
//   2. a 1 MB paste never blocks the page's main thread for more than 50 ms (long-task observer)
//   3. content-script bundle ≤ 150 KB gzipped
// Baseline, same run, same browser, same fixture page and events, interleaved: a host the extension
// does not intercept (so the content script is not there).
//   pnpm exec tsx bench/extension.ts [--iterations 300] [--typed 100]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { SITE_FIXTURES, SITE_FIXTURES_DIR, GENERIC_FIXTURE } from '../test/fixtures/sites/index';
import { extensionWorker, launchChromium } from '../test/helpers/browser';
import { default as ensureBuilt, EXTENSION_BUILD } from '../test/helpers/build-extension';
import { makeCert } from '../test/helpers/cert';
import { startSiteServer } from '../test/helpers/site-server';

const arg = (name: string, def: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const ITER = arg('iterations', 300);
const TYPED = arg('typed', 100);
const WORDS = 'the quick brown fox jumps over a lazy dog while seven tall ships sail past quiet harbour lights and'.split(' ');
const clean = (bytes: number) => {
  let s = '';
  for (let i = 0; s.length < bytes; i++) s += WORDS[(i * 7) % WORDS.length] + (i % 17 === 16 ? '.\n' : ' ');
  return s.slice(0, bytes);
};

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const BASELINE_HOST = 'pz-baseline.test'; // same fixture page, not an AI host: the content script is not injected

/** Times the synchronous dispatch of Enter on the editor: every capture listener + the site's send. */
// cold: Enter right after the text appears (paste-and-send); typed: an input event and a 200 ms pause
// first, as when a person types and then presses Enter (the extension classifies in that pause).
async function submitLatencies(page: Page, text: string, n: number, typed = false): Promise<number[]> {
  await page.bringToFront(); // a background tab gets throttled timers and a lower-priority renderer
  return page.evaluate(async ({ text, n, typed }) => {
    const el = document.querySelector<HTMLElement>('#prompt-textarea')!;
    const sent = (window as unknown as { __sent: string[] }).__sent;
    const before = sent.length;
    const out: number[] = [];
    for (let i = 0; i < n; i++) {
      el.innerHTML = `<p>${text}</p>`;
      if (typed) {
        el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
        await new Promise((r) => setTimeout(r, 200));
      }
      const t0 = performance.now();
      el.firstElementChild!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
      out.push(performance.now() - t0);
    }
    if (sent.length !== before + n) throw new Error('a clean prompt was not sent');
    return out;
  }, { text, n, typed });
}

/** Longest main-thread task around a 1 MB paste, observed for 3 s after it; `calibrate` proves the observer sees an 80 ms task. */
async function pasteLongestTask(page: Page, payload: string, calibrate = false): Promise<{ longest: number; dispatch: number }> {
  await page.bringToFront();
  return page.evaluate(async ({ payload, calibrate }) => {
    const el = document.querySelector<HTMLElement>('#prompt-textarea')!;
    el.focus();
    const dt = new DataTransfer();
    dt.setData('text/plain', payload);
    let longest = 0;
    const obs = new PerformanceObserver((l) => l.getEntries().forEach((e) => (longest = Math.max(longest, e.duration))));
    obs.observe({ type: 'longtask' });
    await new Promise((r) => setTimeout(r, 200));
    const t0 = performance.now();
    if (calibrate) while (performance.now() - t0 < 80);
    else el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    const dispatch = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 3000));
    obs.disconnect();
    return { longest, dispatch };
  }, { payload, calibrate });
}

async function open(context: import('playwright-core').BrowserContext, host: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`https://${host}/`);
  await page.waitForFunction(() => Array.isArray((window as unknown as { __sent: unknown }).__sent));
  return page;
}

async function run() {
  const hosts = [...Object.keys(SITE_FIXTURES), BASELINE_HOST];
  const cert = makeCert(hosts);
  const pages = { ...Object.fromEntries(Object.entries(SITE_FIXTURES).map(([h, f]) => [h, f.file])), [BASELINE_HOST]: SITE_FIXTURES['chatgpt.com']!.file };
  const sites = await startSiteServer({ cert, dir: SITE_FIXTURES_DIR, pages, fallback: GENERIC_FIXTURE.file });
  const b = await launchChromium({ hostMap: { hosts, port: sites.port }, spki: cert.spki, extensionDir: EXTENSION_BUILD });
  try {
    await extensionWorker(b.context);
    const ext = await open(b.context, 'chatgpt.com');
    const base = await open(b.context, BASELINE_HOST);
    await ext.waitForTimeout(500);
    if (await base.evaluate(() => document.querySelector('protocol-zero-overlay') !== null)) throw new Error('baseline page is intercepted');
    const prompt = clean(4096);
    await submitLatencies(ext, prompt, 20); // warm-up (JIT, regex compilation)
    await submitLatencies(base, prompt, 20);
    const lat = { ext: [] as number[], base: [] as number[] };
    // Interleaved rounds: machine noise (2 shared cores) hits both sides alike.
    for (let done = 0; done < ITER; done += 20) {
      lat.ext.push(...(await submitLatencies(ext, prompt, 20)));
      lat.base.push(...(await submitLatencies(base, prompt, 20)));
    }
    const typed = { ext: [] as number[], base: [] as number[] };
    for (let done = 0; done < TYPED; done += 10) {
      typed.ext.push(...(await submitLatencies(ext, prompt, 10, true)));
      typed.base.push(...(await submitLatencies(base, prompt, 10, true)));
    }
    const calib = await pasteLongestTask(base, '', true);
    const MB = clean(1024 * 1024);
    const worst = async (page: Page) => {
      const runs = [await pasteLongestTask(page, MB), await pasteLongestTask(page, MB), await pasteLongestTask(page, MB)];
      return { longest: Math.max(...runs.map((x) => x.longest)), dispatch: Math.max(...runs.map((x) => x.dispatch)) };
    };
    const paste = { base: await worst(base), ext: await worst(ext) }; // worst of 3 each
    await ext.reload();
    await ext.waitForFunction(() => Array.isArray((window as unknown as { __sent: unknown }).__sent));
    const secret = await pasteLongestTask(ext, clean(1024 * 1024 - 40) + ' key AKIAZ3MHQ7TXW5VKRB2N');
    const overlay = await ext.locator('protocol-zero-overlay').getAttribute('data-pz-action', { timeout: 10_000 }).catch(() => null);
    return { lat, typed, calib, paste, secret, overlay };
  } finally {
    await b.close();
    await sites.close();
  }
}

ensureBuilt();
const r = await run();
const f = (n: number) => n.toFixed(2);
const [p50b, p99b, p50e, p99e] = [pct(r.lat.base, 50), pct(r.lat.base, 99), pct(r.lat.ext, 50), pct(r.lat.ext, 99)];
console.log(`submit right after the text appears (cold), 4 KB clean prompt, ${r.lat.ext.length} Enter presses each side, interleaved (ms; timer resolution 0.1):`);
console.log(`  baseline (same page, host not intercepted)  p50 ${f(p50b)}  p99 ${f(p99b)}`);
console.log(`  intercepted (chatgpt.com)                   p50 ${f(p50e)}  p99 ${f(p99e)}`);
console.log(`  added: p50 ${f(p50e - p50b)} ms, p99 ${f(p99e - p99b)} ms (goal p99 ≤ 5); ratio p99 ${(p99e / Math.max(p99b, 0.1)).toFixed(2)}×`);
const [t50b, t99b, t50e, t99e] = [pct(r.typed.base, 50), pct(r.typed.base, 99), pct(r.typed.ext, 50), pct(r.typed.ext, 99)];
console.log(`submit after a typing pause (${r.typed.ext.length} each side, interleaved):`);
console.log(`  baseline p50 ${f(t50b)} p99 ${f(t99b)}   intercepted p50 ${f(t50e)} p99 ${f(t99e)}   added p50 ${f(t50e - t50b)} ms, p99 ${f(t99e - t99b)} ms (goal p99 ≤ 5)`);
console.log(`1 MB paste, longest main-thread task in the 3 s after it (ms; 0 = no task ≥ 50 ms; observer calibration: an 80 ms loop read ${f(r.calib.longest)}):`);
console.log(`  clean text:   baseline ${f(r.paste.base.longest)}  intercepted ${f(r.paste.ext.longest)}  (our synchronous paste handler ${f(r.paste.ext.dispatch)} vs ${f(r.paste.base.dispatch)})`);
console.log(`  with AWS key: intercepted ${f(r.secret.longest)}  (synchronous handler ${f(r.secret.dispatch)}; overlay: ${r.overlay ?? 'none'})  goal ≤ 50`);
const js = readFileSync(join(EXTENSION_BUILD, 'content-scripts', 'content.js'));
const gz = gzipSync(js, { level: 9 }).length;
console.log(`content script: ${(js.length / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzipped (goal ≤ 150 KB; ratio to goal ${(gz / 1024 / 150).toFixed(2)})`);
