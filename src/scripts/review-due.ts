// Progress page: shows the knowledge-check questions due for review (spaced 1, 3 and 7 days) and each page's
// mastery level beside its status. Reads the record only; the page's own script reports a record it cannot read.
import { dueQuestions, masteryOf } from '../stores/check-review';
import { browserStorage, peekProgress } from '../stores/learner-progress';

const box = document.querySelector<HTMLElement>('[data-review]');
const read = peekProgress(browserStorage());
if (box && !read.problem) {
  const due = new Set(dueQuestions(read.progress.checks));
  let shown = 0;
  for (const page of box.querySelectorAll<HTMLElement>('[data-review-page]')) {
    let any = false;
    for (const q of page.querySelectorAll<HTMLElement>('[data-review-q]')) {
      q.hidden = !due.has(q.dataset.reviewQ ?? '');
      if (!q.hidden) {
        any = true;
        shown++;
      }
    }
    page.hidden = !any;
  }
  const summary = box.querySelector<HTMLElement>('[data-review-summary]');
  if (summary)
    summary.textContent =
      shown === 0
        ? (box.dataset.none ?? '')
        : shown === 1
          ? (box.dataset.count ?? '')
          : (box.dataset.countMany ?? '').replace('{n}', String(shown));
  box.hidden = Object.keys(read.progress.checks.questions).length === 0;
}
for (const tag of document.querySelectorAll<HTMLElement>('[data-mastery-of]')) {
  if (read.problem) break;
  const level = masteryOf(read.progress.checks, tag.dataset.masteryOf ?? '');
  if (level === 'not-started') continue;
  tag.textContent = tag.dataset[level] ?? '';
  tag.dataset.level = level;
  tag.hidden = false;
}
