// The progress page: shows the learner's record, reports a record that had to be moved aside, and lets them
// export, import, print or clear it. Every value shown goes through textContent; nothing is inserted as HTML.
import {
  backupKeys,
  browserStorage,
  emptyProgress,
  loadProgress,
  type Progress,
  type ProgressProblem,
  parseProgressText,
  saveProgress,
} from '../stores/learner-progress';

const app = document.querySelector<HTMLElement>('[data-progress-app]');
if (app) start(app);

function start(app: HTMLElement): void {
  const storage = browserStorage();
  const text = (name: string) => app.dataset[name] ?? '';
  const $ = <T extends Element>(selector: string) => app.querySelector<T>(selector);
  const message = $<HTMLElement>('[data-progress-message]');
  const say = (words: string) => {
    if (message) message.textContent = words;
  };
  const problemText = (problem: ProgressProblem) =>
    text(`problem${problem.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase())}`);

  const read = loadProgress(storage);
  let progress = read.progress;
  if (read.problem) showMovedAside(read.problem, read.backupKey);
  render();
  document.querySelector<HTMLElement>('[data-progress-nojs]')?.setAttribute('hidden', '');
  app.hidden = false;

  $('[data-export]')?.addEventListener('click', () =>
    download(JSON.stringify(progress, null, 2), 'scrum-trust-lab-progress.json'),
  );
  $('[data-print]')?.addEventListener('click', () => window.print());
  $('[data-clear]')?.addEventListener('click', () => {
    if (!window.confirm(text('clearConfirm'))) return;
    progress = emptyProgress();
    saveProgress(storage, progress);
    render();
    say(text('cleared'));
  });
  $<HTMLInputElement>('[data-import]')?.addEventListener('change', async (event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const parsed = file.size > 1_000_000 ? { problem: 'too-large' as const } : parseProgressText(await file.text());
    if ('problem' in parsed) {
      say(text('importFailed').replace('{reason}', problemText(parsed.problem)));
      return;
    }
    progress = parsed.progress;
    saveProgress(storage, progress);
    render();
    say(text('imported'));
  });

  function showMovedAside(problem: ProgressProblem, backupKey?: string): void {
    const box = $<HTMLElement>('[data-progress-problem]');
    const words = $<HTMLElement>('[data-problem-text]');
    if (!box || !words) return;
    words.textContent = text('movedAside').replace('{reason}', problemText(problem));
    const key = backupKey ?? backupKeys(storage)[0];
    $('[data-download-backup]')?.addEventListener('click', () => {
      let saved = '';
      try {
        saved = (key && storage?.getItem(key)) || '';
      } catch {
        /* unreadable storage: offer an empty file */
      }
      download(saved, 'scrum-trust-lab-progress-earlier.json');
    });
    box.hidden = false;
  }

  function render(): void {
    const items = [...app.querySelectorAll<HTMLElement>('li[data-ref]')];
    let done = 0;
    let visited = 0;
    for (const item of items) {
      const doneAt = progress.done[item.dataset.ref ?? ''];
      const visitedAt = progress.visited[item.dataset.path ?? ''];
      const state = doneAt ? 'done' : visitedAt ? 'visited' : 'todo';
      if (doneAt) done++;
      else if (visitedAt) visited++;
      item.dataset.state = state;
      const status = item.querySelector('[data-status]');
      if (status) status.textContent = text(state === 'done' ? 'done' : state === 'visited' ? 'visited' : 'notYet');
      const when = item.querySelector('[data-when]');
      if (when) when.textContent = doneAt || visitedAt ? formatDate(doneAt ?? visitedAt ?? '') : '';
    }
    const summary = $('[data-summary-text]');
    if (summary) {
      summary.textContent = text('summary')
        .replace('{done}', String(done))
        .replace('{visited}', String(visited))
        .replace('{total}', text('total'));
    }
    const bar = $<HTMLProgressElement>('[data-summary-bar]');
    if (bar) bar.value = done;
    showLast(progress);
  }

  function showLast(p: Progress): void {
    const last = $<HTMLElement>('[data-last]');
    const empty = $<HTMLElement>('[data-empty]');
    if (last) last.hidden = !p.last;
    if (empty) empty.hidden = Boolean(p.last);
    if (!p.last) return;
    const url = text('base').replace(/\/$/, '') + p.last.path;
    const link = $<HTMLAnchorElement>('[data-last-link]');
    if (link) {
      link.textContent = p.last.title;
      link.href = url;
    }
    const resume = $<HTMLAnchorElement>('[data-resume]');
    if (resume) resume.href = url;
  }
}

function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? ''
    : date.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}

function download(contents: string, name: string): void {
  const url = URL.createObjectURL(new Blob([contents], { type: 'application/json' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
