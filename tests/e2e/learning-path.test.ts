import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage, siteUrl } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('learning paths', () => {
  test('a course participant follows the CSPO path stop by stop, marks the glossary stop done and sees the path finished', async () => {
    const { context, page, problems } = await openPage(browser, '/paths/cspo-course/');
    expect(await page.getByRole('heading', { name: 'After this path you can' }).isVisible()).toBe(true);
    const summary = page.locator('[data-path-progress] [role="status"]');
    const minutes = await page.$$eval('[data-step-ref]', (steps) =>
      steps.reduce((sum, s) => sum + Number((s as HTMLElement).dataset.minutes), 0),
    );
    expect(minutes).toBeGreaterThan(60);
    await expect.poll(() => summary.textContent()).toBe(`0 of 13 stops done ${minutes} min left`);

    // The first stop, opened from the path, says where it sits and leads to the second stop of the path.
    await page.getByRole('link', { name: 'Product Owner', exact: true }).click();
    const place = page.getByRole('navigation', { name: 'Your learning path: Product Owner course companion' }).first();
    await expect.poll(() => place.isVisible()).toBe(true);
    expect(await place.textContent()).toContain('Stop 1 of 13 in Product Owner course companion');
    await page.getByRole('button', { name: 'Mark as done' }).click();
    await place.getByRole('link', { name: /Next stop/ }).click();
    expect(new URL(page.url()).pathname).toMatch(/\/topics\/who-decides-what\/$/);
    expect(
      await page
        .getByRole('navigation', { name: /Your learning path/ })
        .first()
        .textContent(),
    ).toContain('Stop 2 of 13');

    // Later: everything but the glossary stop is done (as on the "12 of 13" path).
    await page.evaluate(() => {
      const record = JSON.parse(localStorage.getItem('stl:progress') ?? '{}');
      const refs = [
        ...'topics/who-decides-what topics/outcomes-and-product-goal events/backlog-refinement topics/technical-debt roles/leaders-and-stakeholders topics/handling-conflict events/sprint-planning topics/forecasts-not-promises scenarios/just-squeeze-it-in events/sprint-review topics/metrics-that-build-trust'.split(
          ' ',
        ),
      ];
      for (const ref of refs) record.done[ref] = new Date().toISOString();
      localStorage.setItem('stl:progress', JSON.stringify(record));
    });
    await page.goto(siteUrl('/paths/cspo-course/'));
    await expect.poll(() => summary.textContent()).toBe('12 of 13 stops done 1 min left');
    await page.getByRole('link', { name: 'Continue the path' }).click();
    expect(new URL(page.url()).pathname).toMatch(/\/glossary\/priority\/$/);
    const mark = page.getByRole('button', { name: 'Mark as done' });
    await mark.click();
    expect(await mark.getAttribute('aria-pressed')).toBe('true');

    await page.getByRole('link', { name: 'Product Owner course companion' }).first().click();
    await expect.poll(() => summary.textContent()).toMatch(/^Path finished. Every stop is done.\s*$/);
    expect(await page.getByRole('link', { name: 'Review from the start' }).isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: 'Check the whole path' }).locator('fieldset').count()).toBe(6);

    await page.goto(siteUrl('/paths/'));
    const card = page.locator('li.card', { has: page.getByRole('link', { name: 'Product Owner course companion' }) });
    expect(await card.locator('[data-card-status]').textContent()).toBe('Finished');
    const leaders = page.locator('li.card', {
      has: page.getByRole('link', { name: 'For business leaders and sponsors' }),
    });
    expect(await leaders.locator('[data-card-status]').textContent()).toMatch(/^\d of 10 stops done$/);
    await page.goto(siteUrl('/topics/'));
    const topic = page.locator('li.card', { has: page.getByRole('link', { name: /^Technical debt/ }) });
    expect(await topic.locator('[data-card-status]').textContent()).toBe('Done');
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  test('an unknown or hostile "path" in the address shows no path bar', async () => {
    const { context, page } = await openPage(browser, '/glossary/priority/?path=%3Cimg%20src%3Dx%3E');
    expect(await page.locator('[data-path-stop]:visible').count()).toBe(0);
    await context.close();
  });
});
