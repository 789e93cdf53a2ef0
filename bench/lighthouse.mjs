// Lighthouse (its default mobile profile: simulated slow 4G and a 4× slower CPU) against the local Chromium.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromeFlags, chromePath } from './measure.mjs';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Runs Lighthouse on each URL in one Chromium; returns scores (0–100) and LCP (ms), TBT (ms), CLS per URL. */
export async function runLighthouse(urls) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...chromeFlags] });
  const results = {};
  try {
    for (const [name, url] of Object.entries(urls)) {
      const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
      const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const failing = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
        .filter((a) => categories.some((c) => lhr.categories[c].auditRefs.some((r) => r.id === a.id && r.weight > 0)))
        .map((a) => `${a.id} (${a.score})`);
      results[name] = {
        url,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
        tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
        cls: Number(lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3)),
        failingAudits: failing,
        runtimeError: lhr.runtimeError?.message,
      };
    }
  } finally {
    await chrome.kill();
  }
  return results;
}
