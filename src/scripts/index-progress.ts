// Index pages: each card says whether the learner has done or visited its page, and a path card how many of its
// stops are done. Reads the browser's progress record only; changes nothing.
import { browserStorage, peekProgress } from '../stores/learner-progress';

const lists = document.querySelectorAll<HTMLElement>('[data-card-progress]');
if (lists.length > 0) {
  const { progress } = peekProgress(browserStorage());
  for (const list of lists) {
    for (const card of list.querySelectorAll<HTMLElement>('[data-progress-ref], [data-stop-refs]')) {
      const status = card.querySelector<HTMLElement>('[data-card-status]');
      if (!status) continue;
      const ref = card.dataset.progressRef;
      const stops = card.dataset.stopRefs?.split(' ').filter(Boolean) ?? [];
      let text = '';
      let state = '';
      if (stops.length > 0) {
        const done = stops.filter((s) => s in progress.done).length;
        if (done === stops.length) [text, state] = [list.dataset.finished ?? '', 'done'];
        else if (done > 0)
          [text, state] = [
            (list.dataset.pathTemplate ?? '').replace('{done}', String(done)).replace('{total}', String(stops.length)),
            'partly',
          ];
      } else if (ref && ref in progress.done) [text, state] = [list.dataset.done ?? '', 'done'];
      else if (ref && `/${ref}/` in progress.visited) [text, state] = [list.dataset.visited ?? '', 'visited'];
      if (!text) continue;
      status.textContent = text;
      status.dataset.state = state;
      status.hidden = false;
    }
  }
}
