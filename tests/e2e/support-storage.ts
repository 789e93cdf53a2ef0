import type { Download, Page } from 'playwright-core';

/** The text of a file the page offered for download. */
export async function downloadedText(download: Download): Promise<string> {
  let text = '';
  for await (const chunk of await download.createReadStream()) text += chunk;
  return text;
}

/** Clicks `button` and returns the text of the file it downloads. */
export async function downloadFrom(page: Page, click: () => Promise<void>): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return downloadedText(download);
}

/** Fills this origin's localStorage to the last byte, as a learner's full browser would be. */
export async function fillStorage(page: Page): Promise<void> {
  await page.evaluate(() => {
    let size = 1 << 20;
    let i = 0;
    while (size >= 1) {
      try {
        localStorage.setItem(`filler-${i++}`, 'x'.repeat(size));
      } catch {
        size = Math.floor(size / 2);
      }
    }
    // then one-character keys with empty values, until not even those fit
    for (let c = 0x4e00; c < 0x4e00 + 2000; c++) {
      try {
        localStorage.setItem(String.fromCharCode(c), '');
      } catch {
        break;
      }
    }
  });
}

/** Makes every use of localStorage throw in pages of this context (sandboxed or blocked storage). */
export const blockStorage = () => {
  Object.defineProperty(window, 'localStorage', {
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
};
