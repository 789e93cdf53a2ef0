// Shows "Stop n of m in <path>" when the page was opened from a path ("?path=<id>"). Only a path the page really
// belongs to (one rendered at build time) can be shown; any other value is ignored.
const wanted = new URLSearchParams(location.search).get('path');
if (wanted) {
  for (const nav of document.querySelectorAll<HTMLElement>('[data-path-stop]')) {
    if (nav.dataset.pathStop === wanted) nav.hidden = false;
  }
}
