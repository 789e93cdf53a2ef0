// @ts-check
/**
 * The inline script at the end of every page (OfflineSupport.astro) that registers the service worker written by
 * src/integrations/offline.ts and, when a new version is waiting while an older one is in control, offers a quiet
 * reload. It is inline, like the theme script, so content pages request no script file for it; the Content-Security-
 * Policy allows exactly this text by its hash (src/integrations/headers.mjs). The worker's URL and scope come from
 * the notice's data attributes, so the text stays the same under any BASE. Nothing reloads by itself, and in full
 * screen (a projector) the offer waits until full screen ends.
 */
export const offlineInitScript = `(()=>{const n=document.querySelector('[data-update-notice]');const s=navigator.serviceWorker;if(!n||!s)return;
const offer=w=>{if(!s.controller)return;const show=()=>{if(document.fullscreenElement)return;document.removeEventListener('fullscreenchange',show);n.hidden=false};
n.querySelector('[data-update-reload]').onclick=()=>{s.addEventListener('controllerchange',()=>location.reload(),{once:true});w.postMessage({type:'SKIP_WAITING'})};
n.querySelector('[data-update-later]').onclick=()=>{n.hidden=true};document.addEventListener('fullscreenchange',show);show()};
addEventListener('load',()=>{s.register(n.dataset.worker,{scope:n.dataset.scope}).then(r=>{if(r.waiting)offer(r.waiting);
r.addEventListener('updatefound',()=>{const w=r.installing;w&&w.addEventListener('statechange',()=>{if(w.state==='installed')offer(w)})})}).catch(()=>{})})})()`;
