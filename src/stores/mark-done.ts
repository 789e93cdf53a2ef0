// The one thing the scenario player does with the learner's site-wide progress: an ending reached marks the scenario
// done. Apart from learner-progress.ts so that module, which every content page loads at start, stays small.
import { browserStorage, PROGRESS_CHANGED, setDone, updateProgress } from './learner-progress';

/** Marks an entry done in the browser's stored progress and tells the page's controls to refresh. */
export function markDone(ref: string): void {
  if (updateProgress(browserStorage(), (p) => setDone(p, ref, true))) {
    document.dispatchEvent(new CustomEvent(PROGRESS_CHANGED));
  }
}
