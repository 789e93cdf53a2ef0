// @ts-check
/**
 * The inline script beside an island (IslandStatus.astro): when the island's code cannot load (offline before the
 * site was kept for offline use, a chunk refused), Astro fires `astro:hydration-error` after its own retry. This
 * says so in the island's status line and offers "Try again", which re-creates the island so Astro imports it
 * afresh; when the island hydrates, the status line hides. Nothing is swapped silently for the booklet. Inline (no
 * request, so it works when requests fail) and allowed by its hash in the CSP (src/integrations/headers.mjs); the
 * words come from the status element's data attributes, so the text is the same on every page.
 */
export const islandStatusScript = `(()=>{const box=e=>e.target instanceof Element?e.target.closest('[data-island-box]'):null;
const line=b=>b&&b.querySelector('[data-island-status]');
document.addEventListener('astro:hydrate',e=>{const s=line(box(e));if(s)s.dataset.state='ready'},true);
document.addEventListener('astro:hydration-error',e=>{const island=e.target,s=line(box(e));if(!s||!(island instanceof Element))return;
s.setAttribute('role','alert');s.dataset.state='failed';s.textContent='';const p=document.createElement('span');p.textContent=s.dataset.failed||'';
const r=document.createElement('button');r.type='button';r.className='button';r.textContent=s.dataset.retry||'';
r.addEventListener('click',()=>{s.dataset.state='retrying';s.textContent=s.dataset.retrying||'';island.replaceWith(island.cloneNode(true))});
s.append(p,' ',r)},true)})()`;
