// Home page: offers to pick up where the learner left off, when this browser remembers a last place.
import { browserStorage, peekProgress } from '../stores/learner-progress';

const box = document.querySelector<HTMLElement>('[data-resume-box]');
const last = peekProgress(browserStorage()).progress.last;
const link = box?.querySelector<HTMLAnchorElement>('[data-resume-link]');
if (box && link && last) {
  link.textContent = last.title;
  link.href = (box.dataset.base ?? '/').replace(/\/$/, '') + last.path;
  box.hidden = false;
}
