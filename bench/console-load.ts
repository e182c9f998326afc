// Console first load, cold and local: a fresh Chromium profile each run (empty cache), the collector
// serving the built console on loopback. Figures: time to the sign-in form, sign-in → overview with
// its exposure figure rendered, bytes transferred; baseline in the same run = a fresh profile loading
// the collector's /healthz (browser + loopback floor), so the ratio survives a noisy machine.
import { launchChromium } from '../test/helpers/browser';
import { ensureConsoleBuilt, startServer } from '../test/e2e/console/server';

const RUNS = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

ensureConsoleBuilt();
const server = await startServer();
const shell: number[] = [];
const overview: number[] = [];
const floor: number[] = [];
let bytes = 0;
try {
  for (let i = 0; i < RUNS; i++) {
    // Baseline and console alternate, each in its own cold profile.
    {
      const b = await launchChromium();
      const page = await b.context.newPage();
      const t0 = performance.now();
      await page.goto(`${server.base}/healthz`);
      floor.push(performance.now() - t0);
      await b.close();
    }
    const b = await launchChromium();
    try {
      const page = await b.context.newPage();
      const t0 = performance.now();
      await page.goto(`${server.base}/`);
      await page.getByLabel('Email').waitFor();
      const t1 = performance.now();
      await page.getByLabel('Email').fill(server.admin.email);
      await page.getByLabel('Password').fill(server.admin.password);
      const t2 = performance.now();
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByTestId('exposure-mean').waitFor();
      const t3 = performance.now();
      shell.push(t1 - t0);
      overview.push(t3 - t2);
      bytes = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
        return (nav?.transferSize ?? 0) + res.reduce((s, r) => s + r.transferSize, 0);
      });
    } finally {
      await b.close();
    }
  }
} finally {
  await server.stop();
}

const f = (x: number) => x.toFixed(0);
console.log(`console first load, cold profile, loopback, ${RUNS} runs (medians, ms):`);
console.log(`  baseline /healthz in a cold profile: ${f(median(floor))}`);
console.log(`  console shell to the sign-in form:   ${f(median(shell))}  (${(median(shell) / median(floor)).toFixed(1)}× baseline)`);
console.log(`  sign-in → overview with exposure:    ${f(median(overview))}`);
console.log(`  bytes transferred (shell + overview data): ${(bytes / 1024).toFixed(0)} KB`);
