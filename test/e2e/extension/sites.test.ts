import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GENERIC_FIXTURE, SITE_FIXTURES } from '../../fixtures/sites/index';
import { expectedAction, extMessage, sent, SHOTS, startHarness, type Harness } from './harness';

// Real Chromium, built extension, real hostnames mapped to local HTTPS fixture pages.
const AWS = 'AKIAZ3MHQ7TXW5VKRB2N';
const CLEAN = 'Write a short poem about the sea in autumn';
const CARD_AND_EMAILS = 'Refund card 4111 1111 1111 1111 and email the receipts to jane.doe@acme-corp.com and bob.smith@acme-corp.com';
const CSV = ['name,email,phone', ...Array.from({ length: 12 }, (_, i) => `Customer ${i},customer${i}@example-client.com,+1 415 555 01${String(i).padStart(2, '0')}`)].join('\n');

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 600_000);
afterAll(async () => h?.close());

const cases = () => [
  { host: 'chatgpt.com', ...SITE_FIXTURES['chatgpt.com']! },
  { host: 'claude.ai', ...SITE_FIXTURES['claude.ai']! },
  { host: 'gemini.google.com', ...SITE_FIXTURES['gemini.google.com']! },
  { host: 'GENERIC', ...GENERIC_FIXTURE },
];

async function open(host: string): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`https://${host}/`);
  await page.waitForFunction(() => Array.isArray((window as unknown as { __sent: unknown }).__sent));
  return page;
}

const overlay = (page: Page) => page.locator('protocol-zero-overlay');

describe.each(cases())('$adapter adapter ($host)', ({ host: h0, editor, send }) => {
  const host = () => (h0 === 'GENERIC' ? h.generic : h0);
  const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${h0 === 'GENERIC' ? 'generic' : h0}-${name}.png`) });

  it('a clean prompt goes through untouched', async () => {
    const page = await open(host());
    await page.locator(editor).first().fill(CLEAN);
    await page.locator(editor).first().press('Enter');
    await expect.poll(() => sent(page)).toEqual([CLEAN]);
    expect(await overlay(page).count()).toBe(0);
    await page.locator(editor).first().fill(CLEAN + ' again');
    await page.locator(send).first().click();
    await expect.poll(() => sent(page)).toEqual([CLEAN, CLEAN + ' again']);
    await page.close();
  });

  it('card number + customer emails: coached/redirected per policy, redirect opens the assistant with a fragment token', async () => {
    const want = expectedAction(h.collector.doc().policy, host(), CARD_AND_EMAILS);
    expect(want).not.toBe('allow');
    const page = await open(host());
    await page.locator(editor).first().fill(CARD_AND_EMAILS);
    await page.locator(editor).first().press('Enter');
    await expect(overlay(page).getAttribute('data-pz-action')).resolves.toBe(want);
    await expect.poll(() => overlay(page).locator('[data-testid=pz-found]').textContent()).toMatch(/contains .*email/);
    await shot(page, 'card-emails');
    expect(await sent(page)).toEqual([]);
    const before = h.collector.handoffs.length;
    const [tab] = await Promise.all([h.context.waitForEvent('page'), overlay(page).locator('[data-testid=pz-redirect]').click()]);
    await tab.waitForLoadState();
    const url = new URL(tab.url());
    expect(url.pathname).toBe('/assistant');
    expect(url.hash).toMatch(/^#t=[0-9a-f]{64}$/);
    expect(url.search).toBe('');
    expect(h.collector.handoffs.length).toBe(before + 1);
    const handoff = h.collector.handoffs.at(-1)!;
    expect(handoff.prompt).toBe(CARD_AND_EMAILS);
    expect(url.hash).toBe(`#t=${handoff.token}`);
    expect(tab.url()).not.toContain('acme-corp');
    await tab.close();
    expect(await sent(page)).toEqual([]);
    await page.close();
  });

  it('a pasted AWS key is blocked before it reaches the editor', async () => {
    const page = await open(host());
    await page.locator(editor).first().click();
    await page.locator(editor).first().evaluate((el, key) => {
      const dt = new DataTransfer();
      dt.setData('text/plain', `my key is ${key}`);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }, AWS);
    await expect(overlay(page).getAttribute('data-pz-action')).resolves.toBe('block');
    await expect.poll(() => overlay(page).locator('[data-testid=pz-found]').textContent()).toContain('AWS key');
    await shot(page, 'paste-aws-block');
    await page.keyboard.press('Enter'); // focused "Back to editing"
    await expect.poll(() => overlay(page).count()).toBe(0);
    const text = await page.locator(editor).first().evaluate((el) => ('value' in el ? (el as HTMLTextAreaElement).value : el.textContent));
    expect(text).not.toContain(AWS);
    expect(await sent(page)).toEqual([]);
    await page.close();
  });

  it('a dropped CSV of customers is caught', async () => {
    const want = expectedAction(h.collector.doc().policy, host(), CSV, 'drop');
    expect(want).not.toBe('allow');
    const page = await open(host());
    await page.locator(editor).first().evaluate((el, csv) => {
      const dt = new DataTransfer();
      dt.items.add(new File([csv], 'customers.csv', { type: 'text/csv' }));
      el.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, CSV);
    await expect(overlay(page).getAttribute('data-pz-action')).resolves.toBe(want);
    await shot(page, 'drop-csv');
    await overlay(page).locator('[data-testid=pz-cancel], [data-testid=pz-ok]').first().click();
    expect(await page.evaluate(() => (window as unknown as { __dropped: unknown[] }).__dropped)).toEqual([]);
    await page.close();
  });

  it('redact in place leaves placeholders in the editor, then the redacted prompt can be sent', async () => {
    const page = await open(host());
    await page.locator(editor).first().fill(CARD_AND_EMAILS);
    await page.locator(send).first().click();
    await overlay(page).locator('[data-testid=pz-redact]').click();
    const text = () => page.locator(editor).first().evaluate((el) => ('value' in el && el.tagName === 'TEXTAREA' ? (el as HTMLTextAreaElement).value : (el as HTMLElement).innerText));
    await expect.poll(text).toContain('<EMAIL_ADDRESS_1>');
    expect(await text()).not.toContain('jane.doe@acme-corp.com');
    await shot(page, 'redacted');
    expect(await sent(page)).toEqual([]);
    await page.locator(editor).first().press('Enter');
    await expect.poll(() => sent(page)).toHaveLength(1);
    expect((await sent(page))[0]).toContain('<EMAIL_ADDRESS_2>');
    await page.close();
  });
});

describe('ChatGPT: the file chooser and prompts past the on-page limit (32 KB)', () => {
  const uploaded = (page: Page) => page.evaluate(() => (window as unknown as { __uploaded: { name: string }[] }).__uploaded.map((f) => f.name));
  // ~40 KB of harmless text: too big to classify on the page's thread, so the background decides.
  const LONG = Array.from({ length: 800 }, (_, i) => `Paragraph ${i} about sea and autumn light.`).join('\n');

  it('a customer list chosen with <input type=file> is stopped before the site sees it', async () => {
    const want = expectedAction(h.collector.doc().policy, 'chatgpt.com', CSV, 'upload');
    expect(want).not.toBe('allow');
    const page = await open('chatgpt.com');
    await page.locator('#upload').setInputFiles({ name: 'customers.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await expect(overlay(page).getAttribute('data-pz-action')).resolves.toBe(want);
    await page.screenshot({ path: join(SHOTS, 'chatgpt-upload-csv.png') });
    await overlay(page).locator('[data-testid=pz-cancel], [data-testid=pz-ok]').first().click();
    expect(await uploaded(page)).toEqual([]);
    expect(await page.locator('#upload').evaluate((el) => (el as HTMLInputElement).value)).toBe('');
    await page.close();
  });

  it('a harmless file chosen with <input type=file> reaches the site', async () => {
    const page = await open('chatgpt.com');
    await page.locator('#upload').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from(CLEAN) });
    await expect.poll(() => uploaded(page), { timeout: 20_000 }).toEqual(['notes.txt']);
    expect(await overlay(page).count()).toBe(0);
    await page.close();
  });

  it.each([
    ['clean', LONG, 'allow'],
    ['with an AWS key at the very end', `${LONG}\nkey: ${AWS}`, 'block'],
  ] as const)('a prompt over 32 KB, %s, is decided off-thread', async (_n, text, want) => {
    expect(text.length).toBeGreaterThan(32 * 1024);
    expect(expectedAction(h.collector.doc().policy, 'chatgpt.com', text)).toBe(want);
    const page = await open('chatgpt.com');
    await page.locator('#prompt-textarea').evaluate((el, t) => {
      el.innerHTML = `<p>${t.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`;
      el.firstElementChild!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    }, text);
    if (want === 'allow') {
      await expect.poll(() => sent(page), { timeout: 20_000 }).toHaveLength(1);
      expect((await sent(page))[0]!.length).toBeGreaterThan(32 * 1024);
    } else {
      await expect(overlay(page).getAttribute('data-pz-action')).resolves.toBe('block');
      await overlay(page).locator('[data-testid=pz-ok], [data-testid=pz-cancel]').first().click();
      expect(await sent(page)).toEqual([]);
    }
    await page.close();
  });
});

describe('telemetry from the runs above', () => {
  it('reached the fake collector as valid, content-free events', async () => {
    await extMessage(h.context, { type: 'flush' });
    await expect.poll(() => h.collector.events.length, { timeout: 20_000 }).toBeGreaterThanOrEqual(12);
    expect(h.collector.invalid).toBe(0);
    const outcomes = new Set(h.collector.events.map((e) => e.outcome));
    for (const o of ['sent', 'blocked', 'redirected', 'redacted']) expect(outcomes).toContain(o);
    const json = JSON.stringify(h.collector.events);
    for (const secret of ['acme-corp', 'AKIAZ3', '4111', 'example-client']) expect(json).not.toContain(secret);
    expect(h.collector.events.find((e) => e.outcome === 'redirected')?.handoffId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
