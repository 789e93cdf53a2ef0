// Runs on learning path pages: shows which stops are done or visited and links to the next one to do.
import { browserStorage, peekProgress } from '../stores/learner-progress';

const box = document.querySelector<HTMLElement>('[data-path-progress]');
const steps = [...document.querySelectorAll<HTMLElement>('[data-step-ref]')];
if (box && steps.length > 0) {
  const { progress } = peekProgress(browserStorage());
  let done = 0;
  let next: HTMLElement | undefined;
  for (const step of steps) {
    const status = step.querySelector<HTMLElement>('[data-step-status]');
    const isDone = (step.dataset.stepRef ?? '') in progress.done;
    const visited = (step.dataset.stepPath ?? '') in progress.visited;
    if (isDone) done++;
    else next ??= step;
    step.dataset.state = isDone ? 'done' : visited ? 'visited' : 'todo';
    if (status && (isDone || visited)) {
      status.textContent = (isDone ? status.dataset.done : status.dataset.visited) ?? '';
      status.hidden = false;
    }
  }
  const summary = box.querySelector<HTMLElement>('[data-path-summary]');
  if (summary)
    summary.textContent = (box.dataset.template ?? '')
      .replace('{done}', String(done))
      .replace('{total}', String(steps.length));
  const bar = box.querySelector('progress');
  if (bar) bar.value = done;
  const link = box.querySelector<HTMLAnchorElement>('[data-path-continue]');
  const target = (next ?? steps[0])?.querySelector<HTMLAnchorElement>('h2 a');
  if (link && target) link.href = target.href;
  if (link && !next) link.textContent = link.dataset.again ?? link.textContent;
  if (link && done === 0 && !steps.some((s) => s.dataset.state === 'visited')) link.hidden = true;
  box.hidden = false;
}
