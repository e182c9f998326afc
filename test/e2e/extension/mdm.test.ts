import { join } from 'node:path';
import { buildMdmKit, PROTOCOL_ZERO_EXTENSION_ID, PROTOCOL_ZERO_FIREFOX_ID } from '@protocol-zero/policies';
import { afterAll, expect, it } from 'vitest';
import { extensionWorker, launchChromium, type Launched } from '../../helpers/browser';
import { default as ensureBuilt, EXTENSION_BUILD } from '../../helpers/build-extension';
import { FakeCollector } from '../../helpers/fake-collector';
import { writeManagedPolicy } from '../../helpers/managed-policy';
import { SHOTS } from './harness';

// MDM path: the kit's Chrome JSON written where Chromium reads mandatory policy; the extension
// must pick up collector URL, policy and enrollment from storage.managed alone.
let launched: Launched | undefined;
let remove: (() => void) | undefined;
const collector = new FakeCollector();
afterAll(async () => {
  await launched?.close();
  remove?.();
  await collector.stop();
});

const POLICY_YAML = `apiVersion: protocol-zero/policy/v1
name: MDM pushed policy
version: 42
tiers: {}
rules:
  - { id: block-email, match: { entities: [EMAIL_ADDRESS] }, action: block }
`;

it('picks up collector URL, inline policy and enrollment from a managed policy file', async () => {
  ensureBuilt();
  await collector.start();
  const kit = JSON.parse(buildMdmKit({
    tenantName: 'Acme', extensionId: PROTOCOL_ZERO_EXTENSION_ID, chromeUpdateUrl: 'https://pz.acme.test/update.xml',
    firefoxId: PROTOCOL_ZERO_FIREFOX_ID, firefoxInstallUrl: 'https://pz.acme.test/pz.xpi',
    config: { collectorUrl: collector.url, gatewayUrl: collector.url, enrollmentSecret: collector.enrollmentSecret, policy: POLICY_YAML, telemetryLevel: 'violations' },
  }, 'chrome-json').body);
  // The test loads the build unpacked, so only the managed configuration goes in the file: a
  // force-install list would make Chromium fetch the (fictional) update URL.
  remove = writeManagedPolicy('protocol-zero-e2e', { '3rdparty': kit['3rdparty'] });
  launched = await launchChromium({ extensionDir: EXTENSION_BUILD });
  await extensionWorker(launched.context, PROTOCOL_ZERO_EXTENSION_ID);
  const page = await launched.context.newPage();
  await page.goto(`chrome-extension://${PROTOCOL_ZERO_EXTENSION_ID}/popup.html`);
  // storage.managed's first read can take seconds headless: poll the popup.
  await expect.poll(async () => {
    await page.reload();
    const t = await page.locator('[data-testid=pz-enrolled]').textContent({ timeout: 5000 }).catch(() => '');
    process.stderr.write(`[mdm ${new Date().toISOString().slice(11, 19)}] popup enrollment: ${t}\n`);
    return t;
  }, { timeout: 60_000, interval: 1000 }).toBe('Enrolled (tenant-test)');
  await expect.poll(() => page.locator('[data-testid=pz-managed]').textContent()).toContain('Managed by your company');
  expect(await page.locator('[data-testid=pz-collector]').textContent()).toBe(collector.url);
  expect(await page.locator('[data-testid=pz-policy]').textContent()).toContain('MDM pushed policy v42, pushed by IT');
  expect(collector.enrollments).toHaveLength(1);
  await page.screenshot({ path: join(SHOTS, 'mdm-popup.png') });
  remove();
  remove = undefined;
});
