import { chromium } from 'playwright-core';

const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const base = 'http://127.0.0.1:4399';
const out = '/tmp/shots';
for (const [name, path] of [
  ['scenario', '/scenarios/just-squeeze-it-in/'],
  ['booklet', '/scenarios/just-squeeze-it-in/booklet/'],
]) {
  for (const width of [1280, 375]) {
    for (const scheme of ['light', 'dark']) {
      const c = await b.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, serviceWorkers: 'block' });
      const p = await c.newPage();
      await p.goto(base + path);
      if (name === 'scenario') {
        await p.evaluate(() => document.querySelector('.player-slot')?.scrollIntoView());
        await p.locator('#sp-scene-h').waitFor();
        await p.evaluate(() => window.scrollTo(0, 0));
      }
      await p.screenshot({ path: `${out}/${name}-${width}-${scheme}.png`, fullPage: name === 'scenario' });
      await c.close();
    }
  }
}
// loading failure state
{
  const c = await b.newContext({ viewport: { width: 375, height: 900 }, serviceWorkers: 'block' });
  await c.route('**/text.json', (r) => r.abort('internetdisconnected'));
  const p = await c.newPage();
  await p.goto(base + '/scenarios/just-squeeze-it-in/');
  await p.evaluate(() => document.querySelector('.player-slot')?.scrollIntoView());
  await p.locator('button.sp-choice').first().click();
  await p.getByRole('alert').waitFor();
  await p.getByRole('alert').scrollIntoViewIfNeeded();
  await p.screenshot({ path: `${out}/failed-375.png` });
  await c.close();
}
{
  const c = await b.newContext({ viewport: { width: 1280, height: 900 } });
  const p = await c.newPage();
  await p.goto(base + '/scenarios/just-squeeze-it-in/booklet/');
  await p.emulateMedia({ media: 'print' });
  await p.screenshot({ path: `${out}/booklet-print.png` });
  await p.pdf({ path: `${out}/booklet.pdf`, format: 'A4' });
  await c.close();
}
await b.close();
