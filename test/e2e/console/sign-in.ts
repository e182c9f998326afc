import type { Page } from 'playwright-core';
import type { Launched } from '../../helpers/browser';
import { PASSWORD } from './server';

/** A new page signed in to the console through its login form, once the role badge shows. */
export async function signInAs(browser: Launched, base: string, email: string, password = PASSWORD): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto(`${base}/`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('role').waitFor();
  return page;
}
