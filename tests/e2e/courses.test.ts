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

describe('course coverage for trainers', () => {
  test('a CSPO trainer finds what serves "Working with the Product Backlog", opens its check and sees the course path grouped by category', async () => {
    const { context, page, problems } = await openPage(browser, '/courses/');
    const category = page.getByRole('region', { name: 'Working with the Product Backlog' });
    expect(await category.getByRole('link', { name: 'Product Backlog refinement' }).count()).toBe(2); // page and check
    expect(await category.getByRole('link', { name: 'Done, mostly' }).count()).toBe(1);
    expect(await page.getByRole('region', { name: 'Service to the organisation' }).getByText('None yet.').count()).toBe(
      1,
    );
    // Every one of the ten categories is there, five per course.
    expect(await page.locator('section.category').count()).toBe(10);

    await category
      .getByRole('listitem')
      .filter({ hasText: 'questions' })
      .getByRole('link', { name: 'Product Backlog refinement' })
      .click();
    await page.waitForURL(/\/events\/backlog-refinement\/#check$/);
    await expect.poll(() => page.getByRole('region', { name: 'Check your understanding' }).isVisible()).toBe(true);

    await page.goto(page.url().replace(/\/events\/.*$/, '/paths/cspo-course/'));
    const groups = page.getByRole('region', { name: 'Stops by learning objective' });
    expect(await groups.getByRole('listitem').allTextContents()).toContain(
      'Working with the Product Backlog: 4. Priority, 5. Product Backlog refinement, 6. Technical debt as a shared investment',
    );
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });
});
