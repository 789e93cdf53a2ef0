// Service worker registration and the "new version" offer. The worker (src/integrations/offline.ts) precaches the
// whole site; a new one waits until the learner reloads, so a running workshop session is never interrupted. In
// full screen (a projector) the offer waits until full screen ends.

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** The service worker's URL and scope under the configured base. */
export const workerUrl = `${base}sw.js`;

/** Registers the worker once the page has loaded; resolves to the registration, or undefined where unsupported. */
export async function ensureRegistration(): Promise<ServiceWorkerRegistration | undefined> {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return undefined;
  return (
    (await navigator.serviceWorker.getRegistration(base)) ??
    navigator.serviceWorker.register(workerUrl, { scope: base })
  );
}

function offerReload(worker: ServiceWorker): void {
  const box = document.querySelector<HTMLElement>('[data-update-notice]');
  if (!box) return;
  const show = () => {
    if (document.fullscreenElement) return;
    document.removeEventListener('fullscreenchange', show);
    box.hidden = false;
  };
  box.querySelector('[data-update-reload]')?.addEventListener('click', () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    worker.postMessage({ type: 'SKIP_WAITING' });
  });
  box.querySelector('[data-update-later]')?.addEventListener('click', () => {
    box.hidden = true;
  });
  if (document.fullscreenElement) document.addEventListener('fullscreenchange', show);
  else show();
}

/** Registers the worker after load and watches for a new version (only offered when an older one is in control). */
export function registerOffline(): void {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  const start = async () => {
    try {
      const reg = await ensureRegistration();
      if (!reg) return;
      if (reg.waiting && navigator.serviceWorker.controller) offerReload(reg.waiting);
      reg.addEventListener('updatefound', () => {
        const incoming = reg.installing;
        incoming?.addEventListener('statechange', () => {
          if (incoming.state === 'installed' && navigator.serviceWorker.controller) offerReload(incoming);
        });
      });
    } catch {
      /* offline support is an extra: the site works the same without it */
    }
  };
  if (document.readyState === 'complete') void start();
  else addEventListener('load', () => void start(), { once: true });
}
