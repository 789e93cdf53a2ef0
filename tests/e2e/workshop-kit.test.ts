import { readdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage, siteUrl } from './support';

// What a facilitator does with the kit around the console: open a scenario's guide and print it, build a workshop
// plan and share its link (and survive a tampered one), print role cards and discussion cards.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Prints the page as Chromium would to A4 and counts the PDF's pages. */
async function printedPages(page: Page): Promise<number> {
  const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
  return (pdf.match(/\/Type\s*\/Page\b/g) ?? []).length;
}

/** Every element matching `selector` is kept whole on a printed page. */
async function keptWhole(page: Page, selector: string): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  const values = await page.$$eval(selector, (els) => els.map((el) => getComputedStyle(el).breakInside));
  await page.emulateMedia({ media: null });
  return values;
}

const id = 'just-squeeze-it-in';

describe('facilitator kit', () => {
  test('facilitator opens the guide from the console page, finds every prompt and prints it', async () => {
    const { context, page, problems } = await openPage(browser, `/workshop/${id}/`);
    // the console's island code finishes loading first, so leaving the page aborts no request
    await page.waitForLoadState('networkidle');
    await page
      .getByRole('navigation', { name: /Facilitator kit/ })
      .getByRole('link', { name: 'Facilitator guide' })
      .click();
    await page.waitForURL(/\/guide\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Just squeeze it in');
    // time plan on a running clock, the last step ending at the scenario's 45 minutes
    const clocks = await page.locator('.time-plan .clock').allTextContents();
    expect(clocks[0]).toBe('0:00–0:05');
    expect(clocks.at(-1)).toBe('0:37–0:45');
    // a discussion prompt for every scene, headed by its moment, and the debrief of every ending
    expect(await page.locator('.decision').count()).toBe(7);
    expect(await page.locator('.decision .prompt').count()).toBe(7);
    expect(await page.getByRole('heading', { name: /the break before the Sprint Goal/ }).count()).toBe(1);
    expect(await page.locator('.ending').count()).toBe(5);
    // the cast with portraits, and both sides of the pair
    expect(await page.locator('.cast svg[role="img"]').count()).toBe(7);
    expect(await page.getByRole('heading', { name: 'What Ines knew that this seat did not' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Guide for “The date Sales gave”' }).count()).toBe(1);
    expect(await keptWhole(page, '.decision, .ending')).not.toContain('auto');
    // the time plan may run on from the first page, but never splits a row
    expect(await keptWhole(page, '.time-plan tbody tr')).not.toContain('auto');
    // seven pages of A4: no near-empty first page is pushed ahead, no blank page trails
    expect(await printedPages(page)).toBe(7);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await context.close();
  });

  test('facilitator builds a plan, opens its link elsewhere, and a tampered link says what is wrong', async () => {
    const { context, page, problems } = await openPage(browser, '/workshop/plan/');
    await page.getByLabel('Plan around').selectOption({ label: 'Scenarios set in: Sprint Planning' });
    await page.getByLabel('Length').selectOption('120');
    await page.getByLabel('People in the room').fill('12');
    await page.getByLabel('Remote').check();
    await page.getByLabel('Start time (optional)').fill('09:00');
    await page.getByRole('button', { name: 'Make the plan' }).click();
    const agenda = page.locator('[data-plan-out]');
    expect(await agenda.getByRole('heading', { level: 2 }).textContent()).toBe('Agenda: 120 minutes');
    expect(await agenda.locator('.agenda-item > .when').allTextContents()).toEqual([
      '09:00–09:10',
      '09:10–09:20',
      '09:20–10:05',
      '10:05–10:15',
      '10:15–10:50',
      '10:50–11:00',
    ]);
    expect(await agenda.getByText('Remote', { exact: false }).count()).toBeGreaterThan(0);
    const url = new URL(page.url());
    expect(url.searchParams.get('event')).toBe('sprint-planning');
    expect(url.searchParams.get('s')?.split(',')).toHaveLength(2);
    expect(await page.locator('[data-plan-url]').getAttribute('href')).toBe(page.url());
    const planned = await agenda.textContent();
    expect(await printedPages(page)).toBeGreaterThanOrEqual(1);

    // the link opened in a fresh browser gives exactly the same plan
    const shared = await openPage(browser, `${url.pathname}${url.search}`);
    expect(await shared.page.locator('[data-plan-out]').textContent()).toBe(planned);
    expect(await shared.page.getByLabel('Length').inputValue()).toBe('120');
    await shared.context.close();

    // a tampered link: a friendly message with the reason, the form to start again, never a blank page
    const tampered = await openPage(browser, `${url.pathname}${url.search.replace('length=120', 'length=75')}`);
    const alert = tampered.page.getByRole('alert');
    expect(await alert.textContent()).toContain('the length must be 60, 90 or 120 minutes (it was “75”)');
    expect(await tampered.page.locator('[data-plan-out]').isHidden()).toBe(true);
    expect(await tampered.page.getByRole('button', { name: 'Make the plan' }).isVisible()).toBe(true);
    expect(tampered.problems.consoleErrors).toEqual([]);
    // markup in a link is shown as text and never runs
    const payload = encodeURIComponent('<img src=x onerror="window.__pwned=1">');
    await tampered.page.goto(siteUrl(`/workshop/plan/?goal=${payload}&length=90`));
    expect(await tampered.page.getByRole('alert').textContent()).toContain('there is no scenario “<img src=x');
    expect(await tampered.page.evaluate(() => '__pwned' in window)).toBe(false);
    expect(await tampered.page.locator('[data-plan-problem] img').count()).toBe(0);
    await tampered.context.close();
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  test('without JavaScript the planner shows a default plan and every guide', async () => {
    const { context, page } = await openPage(browser, '/workshop/plan/', { javaScriptEnabled: false });
    expect(await page.getByRole('heading', { name: 'Agenda: 90 minutes' }).isVisible()).toBe(true);
    expect(await page.getByText(/needs JavaScript/).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Make the plan' }).isVisible()).toBe(false);
    const guides = page.getByRole('region', { name: 'Every scenario’s guide' }).getByRole('link');
    expect(await guides.count()).toBe(readdirSync('content/scenarios').filter((f) => f.endsWith('.yaml')).length);
    await context.close();
  });

  test('facilitator prints role cards and discussion cards, each card whole on its page', async () => {
    const { context, page } = await openPage(browser, `/workshop/${id}/roles/`);
    const cards = page.locator('.role-card');
    // the seat the room plays, then everyone in the story
    expect(await cards.count()).toBe(8);
    expect(await cards.first().getByRole('heading').textContent()).toBe('You: a Developer');
    const mateus = cards.filter({ has: page.getByRole('heading', { name: 'Mateus Lima' }) });
    expect(await mateus.getByText('What you want').isVisible()).toBe(true);
    expect(await mateus.getByText(/only you and Noor were there/).count()).toBe(1);
    const ines = cards.filter({ has: page.getByRole('heading', { name: 'Ines Duarte' }) });
    expect(await ines.getByText(/a message from Tomás on Friday/).count()).toBe(1);
    expect(await keptWhole(page, '.role-card')).toEqual(Array(8).fill('avoid'));
    expect(await printedPages(page)).toBe(4);

    await page.goto(siteUrl(`/workshop/${id}/cards/`));
    expect(await page.locator('.discussion-card').count()).toBe(7);
    expect(await keptWhole(page, '.discussion-card')).toEqual(Array(7).fill('avoid'));
    expect(await printedPages(page)).toBe(3);
    await context.close();
  });
});
