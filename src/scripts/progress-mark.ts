// Runs on content pages: records the visit and wires the "Mark as done" toggle (see ProgressMark.astro).
import {
  browserStorage,
  PROGRESS_CHANGED,
  peekProgress,
  recordVisit,
  setDone,
  updateProgress,
} from '../stores/learner-progress';

const storage = browserStorage();
for (const box of document.querySelectorAll<HTMLElement>('[data-progress-mark]')) {
  const { ref = '', path = '', title = '' } = box.dataset;
  const button = box.querySelector<HTMLButtonElement>('button');
  const notice = box.querySelector<HTMLElement>('[data-progress-notice]');
  const recorded = updateProgress(storage, (p) => recordVisit(p, path, title));
  if (!recorded) {
    // Unreadable saved progress (or no storage): say so instead of overwriting it.
    if (notice) notice.hidden = false;
    if (button) button.disabled = true;
  }
  const sync = () => {
    const done = ref in peekProgress(storage).progress.done;
    button?.setAttribute('aria-pressed', String(done));
  };
  button?.addEventListener('click', () => {
    const done = button.getAttribute('aria-pressed') === 'true';
    updateProgress(storage, (p) => setDone(p, ref, !done));
    sync();
  });
  document.addEventListener(PROGRESS_CHANGED, sync);
  sync();
  box.hidden = false;
}
