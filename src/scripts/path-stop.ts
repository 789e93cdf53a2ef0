// Shows "Stop n of m in <path>" when the page was opened from a path ("?path=<id>"). Only a path the page really
// belongs to (one rendered at build time) can be shown; any other value is ignored. The bar is written once, under the
// heading; a copy (class "bottom", its own label) takes the place of the <template data-path-below> after the content.
const wanted = new URLSearchParams(location.search).get('path');
if (wanted) {
  for (const nav of document.querySelectorAll<HTMLElement>('[data-path-stop]')) {
    if (nav.dataset.pathStop !== wanted) continue;
    nav.hidden = false;
    const below = document.querySelector<HTMLElement>('[data-path-below]');
    if (below) {
      const copy = nav.cloneNode(true) as HTMLElement;
      copy.className = 'path-stop bottom';
      copy.setAttribute('aria-label', `${below.dataset.pathBelow}: ${nav.querySelector('p a')?.textContent}`);
      below.replaceWith(copy);
    }
  }
}
