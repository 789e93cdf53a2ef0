// Runs on learning path pages: shows which stops are done or visited, the minutes left, whether the path is
// finished, and links to the next stop to do.
import { browserStorage, peekProgress } from '../stores/learner-progress';

const box = document.querySelector<HTMLElement>('[data-path-progress]');
const steps = [...document.querySelectorAll<HTMLElement>('[data-step-ref]')];
if (box && steps.length > 0) {
  const { progress } = peekProgress(browserStorage());
  let done = 0;
  let minutesLeft = 0;
  let next: HTMLElement | undefined;
  for (const step of steps) {
    const status = step.querySelector<HTMLElement>('[data-step-status]');
    const isDone = (step.dataset.stepRef ?? '') in progress.done;
    const visited = (step.dataset.stepPath ?? '') in progress.visited;
    if (isDone) done++;
    else {
      next ??= step;
      minutesLeft += Number(step.dataset.minutes ?? 0);
    }
    step.dataset.state = isDone ? 'done' : visited ? 'visited' : 'todo';
    if (status && (isDone || visited)) {
      status.textContent = (isDone ? status.dataset.done : status.dataset.visited) ?? '';
      status.hidden = false;
    }
  }
  const finished = done === steps.length;
  const summary = box.querySelector<HTMLElement>('[data-path-summary]');
  if (summary)
    summary.textContent = finished
      ? (box.dataset.finished ?? '')
      : (box.dataset.template ?? '').replace('{done}', String(done)).replace('{total}', String(steps.length));
  const left = box.querySelector<HTMLElement>('[data-path-left]');
  if (left)
    left.textContent = finished ? '' : (box.dataset.minutesTemplate ?? '').replace('{minutes}', String(minutesLeft));
  box.dataset.finishedState = String(finished);
  const bar = box.querySelector('progress');
  if (bar) bar.value = done;
  const link = box.querySelector<HTMLAnchorElement>('[data-path-continue]');
  const target = (next ?? steps[0])?.querySelector<HTMLAnchorElement>('h2 a');
  if (link && target) link.href = target.href;
  if (link && !next) link.textContent = link.dataset.again ?? link.textContent;
  if (link && done === 0 && !steps.some((s) => s.dataset.state === 'visited')) link.hidden = true;
  box.hidden = false;
}
