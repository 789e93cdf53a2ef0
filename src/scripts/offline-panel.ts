// The workshop page's offline panel: counts what the service worker has precached against the build's total
// (offline.json, written by src/integrations/offline.ts) and saves the site on request, with visible progress.
import { offlineUi as L } from '../lib/labels';
import { ensureRegistration } from './offline';

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

interface Totals {
  files: number;
  bytes: number;
}

/** How many of the site's files this browser has precached (Workbox names its cache after the scope). */
async function keptFiles(): Promise<number> {
  if (!('caches' in window)) return 0;
  const scope = new URL(base, location.href).href;
  const names = (await caches.keys()).filter((n) => n.startsWith('workbox-precache') && n.endsWith(scope));
  let n = 0;
  for (const name of names) n += (await (await caches.open(name)).keys()).length;
  return n;
}

export function watchOfflinePanel(): void {
  const panel = document.querySelector<HTMLElement>('[data-offline-panel]');
  if (!panel) return;
  const status = panel.querySelector<HTMLElement>('[data-offline-status]');
  const bar = panel.querySelector<HTMLProgressElement>('[data-offline-progress]');
  const button = panel.querySelector<HTMLButtonElement>('[data-offline-keep]');
  if (!status || !bar || !button) return;
  panel.hidden = false;
  const say = (text: string) => {
    status.textContent = text;
  };
  if (!('serviceWorker' in navigator) || !('caches' in window) || !import.meta.env.PROD) {
    say(L.unsupported);
    return;
  }
  let totals: Totals | undefined;
  const show = async (): Promise<boolean> => {
    totals ??= (await (await fetch(`${base}offline.json`)).json()) as Totals;
    const kept = Math.min(await keptFiles(), totals.files);
    const complete = kept >= totals.files;
    bar.max = totals.files;
    bar.value = kept;
    bar.hidden = complete || kept === 0;
    if (complete) {
      say(L.ready(totals.files, (totals.bytes / 1024 / 1024).toFixed(1)));
      button.textContent = button.dataset.checkLabel ?? L.checkNow;
    } else if (kept > 0) say(L.saving(kept, totals.files));
    else say(L.notYet);
    button.hidden = false;
    return complete;
  };
  /** Polls until everything is kept; gives up quietly when nothing at all arrives within `idleLimit` polls. */
  const follow = async (idleLimit = 600) => {
    for (let i = 0; i < 600; i++) {
      if (await show()) return;
      if (i >= idleLimit && bar.value === 0) return;
      await new Promise((r) => setTimeout(r, 500));
    }
    say(L.failed);
  };
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const reg = await ensureRegistration();
      const wasComplete = await show();
      if (wasComplete && reg) {
        await reg.update();
        if (!reg.installing && !reg.waiting) say(L.upToDate);
      } else await follow();
    } catch {
      say(L.failed);
    } finally {
      button.disabled = false;
    }
  });
  // A first visit saves the site in the background (every page registers the worker): follow it to the end.
  follow(40).catch(() => say(L.notYet));
}
