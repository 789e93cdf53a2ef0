// Lighthouse (its default mobile profile: simulated slow 4G and a 4× slower CPU) against the local Chromium.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromeFlags, chromePath } from './measure.mjs';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * Runs Lighthouse `runs` times on each URL in one Chromium and keeps the run with the median performance score
 * (Lighthouse's own advice against run-to-run noise); returns scores (0–100) and LCP (ms), TBT (ms), CLS per URL.
 */
export async function runLighthouse(urls, runs = 3) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...chromeFlags] });
  const results = {};
  try {
    for (const [name, url] of Object.entries(urls)) {
      const done = [];
      for (let attempt = 0; done.length < runs && attempt < runs + 2; attempt++) {
        const { lhr } = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: categories,
        });
        if (lhr.runtimeError || lhr.audits['cumulative-layout-shift']?.numericValue === undefined) continue; // retry
        done.push(summarise(url, lhr));
      }
      if (!done.length) throw new Error(`Lighthouse could not measure ${url}`);
      done.sort((a, b) => a.performance - b.performance || b.tbtMs - a.tbtMs);
      results[name] = { ...done[Math.floor(done.length / 2)], runs: done.map((d) => d.performance) };
    }
  } finally {
    chrome.kill();
  }
  return results;
}

function summarise(url, lhr) {
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const weighted = (id) => categories.some((c) => lhr.categories[c].auditRefs.some((r) => r.id === id && r.weight > 0));
  const failing = Object.values(lhr.audits)
    .filter((a) => a.score !== null && a.score < 1 && weighted(a.id))
    .map((a) => `${a.id} (${a.score})`);
  return {
    url,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
    tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
    cls: Number(lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3)),
    failingAudits: failing,
  };
}
