// Home page: offers to pick up where the learner left off, when this browser remembers a last place on this site.
import { browserStorage, peekProgress, siteHref } from '../stores/learner-progress';

const box = document.querySelector<HTMLElement>('[data-resume-box]');
const last = peekProgress(browserStorage()).progress.last;
const link = box?.querySelector<HTMLAnchorElement>('[data-resume-link]');
const url = last ? siteHref(box?.dataset.base ?? '/', last.path) : null;
if (box && link && last && url) {
  link.textContent = last.title;
  link.href = url;
  box.hidden = false;
}
