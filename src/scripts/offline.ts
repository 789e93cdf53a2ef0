// The service worker's registration for scripts that need it (the workshop page's offline panel); every page also
// registers it from the inline script in src/lib/offline-init.mjs.

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** The registration (registering the worker if needed); undefined where service workers are unsupported. */
export async function ensureRegistration(): Promise<ServiceWorkerRegistration | undefined> {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return undefined;
  return navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
}
