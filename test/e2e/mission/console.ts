// The console as each user meets it in the mission: sign-in, and the assistant tab the extension opens.
import type { BrowserContext, Page } from 'playwright-core';

export const PASSWORD = 'mission-password-0001';

/** Signs in on a page already showing the console's login form (sessions are per tab). */
export async function signInHere(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('role').waitFor({ timeout: 60_000 });
}

export async function signIn(context: BrowserContext, base: string, email: string, password = PASSWORD): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto(`${base}/`);
  await signInHere(page, email, password);
  return page;
}

/** Visible text of the main area (what the user reads). */
export const mainText = (page: Page) => page.locator('main.content').innerText({ timeout: 30_000 }).catch(() => '');

/**
 * Waits for the assistant to show the redeemed prompt — failing with what the user sees instead,
 * so a missing page is named, not timed out on. False when the page shows no hand-off (token lost).
 */
export async function waitForRedeemed(page: Page, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await page.getByTestId('assistant-original').isVisible().catch(() => false)) return true;
    const text = await mainText(page);
    if (/not available in this build/i.test(text))
      throw new Error('MISSING PART: the console has no assistant page (console/src/pages/assistant/index.tsx); the hand-off cannot be redeemed in the browser');
    await page.waitForTimeout(500);
  }
  return false;
}
