import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('scenario booklet', () => {
  test('booklet renders and its links work with JavaScript disabled', async () => {
    const { context, page } = await openPage(browser, '/scenarios/done-mostly/', { javaScriptEnabled: false });
    expect(await page.getByRole('heading', { name: 'Choose your path (printable version)' }).isVisible()).toBe(true);
    expect(await page.locator('button.sp-choice').count()).toBe(0);
    expect(await page.locator('[data-pagefind-body] section[id^="scene-"]').count()).toBe(5);
    const start = page.locator('#scene-on-the-board');
    expect(await start.getByText('Before you choose:').isVisible()).toBe(true);
    await start.getByRole('link', { name: /Pull up the Definition of Done/ }).click();
    expect(new URL(page.url()).hash).toBe('#scene-the-gap');
    await page
      .locator('#scene-the-gap')
      .getByRole('link', { name: /Tell Ines today/ })
      .click();
    expect(new URL(page.url()).hash).toBe('#scene-noor-reacts');
    const gated = page
      .locator('#scene-noor-reacts')
      .getByText(/Open only if the Product Owner's trust in the Developers is at least 7\./);
    expect(await gated.isVisible()).toBe(true);
    await page
      .locator('#scene-noor-reacts')
      .getByRole('link', { name: /stand beside her/ })
      .click();
    await page
      .locator('#scene-sprint-review')
      .getByRole('link', { name: /Answer plainly/ })
      .click();
    expect(new URL(page.url()).hash).toBe('#checkpoint-after-the-review');
    await page
      .locator('#checkpoint-after-the-review')
      .getByRole('link', { name: /Done means Done/ })
      .click();
    const ending = page.locator('#ending-done-means-done');
    expect(new URL(page.url()).hash).toBe('#ending-done-means-done');
    expect(await ending.getByRole('heading', { name: 'Debrief questions' }).isVisible()).toBe(true);
    expect(await ending.getByRole('link', { name: /Definition of Done/ }).count()).toBeGreaterThan(0);
    await context.close();
  });
});
