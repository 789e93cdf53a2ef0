// The progress page: shows the learner's record, reports a record that had to be set aside (with a download of
// exactly that), lists every set-aside copy of every record (progress, plays, endings, sessions), and lets them export, import (previewed, asked, old record kept aside),
// print or clear it. Follows other tabs through the `storage` event. Every value shown goes through textContent.
import { downloadText } from '../lib/download';
import * as I from '../stores/import-notices';
import {
  browserStorage,
  emptyProgress,
  loadProgress,
  PROGRESS_KEY,
  type Progress,
  progressKind,
  saveProgress,
  siteHref,
} from '../stores/learner-progress';
import * as N from '../stores/notices';
import { mergeProgress, planImport, saveImport } from '../stores/progress-import';
import { reloadRecord, type Saved } from '../stores/records';
import { listAllSetAside } from '../stores/set-aside-list';
import { readKey } from '../stores/storage';

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

  const { loaded, slot, progress: initial } = loadProgress(storage);
  let progress = initial;
  /** True while the page shows progress that is not in storage (a save failed, or an import could not be saved). */
  let unsaved = false;
  let cannotSaveDismissed = false;
  const exportCurrent = () => downloadText(JSON.stringify(progress, null, 2), N.downloadName('learner', '', false));
  if (loaded.status === 'set-aside') showSetAside(N.loadNotice('learner', loaded), loaded.raw);
  if (loaded.status === 'unavailable') showCannotSave();
  render();
  renderSetAside();
  document.querySelector<HTMLElement>('[data-progress-nojs]')?.setAttribute('hidden', '');
  app.hidden = false;

  $('[data-export]')?.addEventListener('click', exportCurrent);
  $('[data-print]')?.addEventListener('click', () => window.print());
  $('[data-clear]')?.addEventListener('click', () => {
    if (!window.confirm(text('clearConfirm'))) return;
    progress = emptyProgress();
    if (report(saveProgress(slot, progress))) say(text('cleared'));
    render();
  });
  $('[data-alert-dismiss]')?.addEventListener('click', () => {
    const alert = $<HTMLElement>('[data-alert]');
    if (alert?.dataset.kind === 'cannot-save') cannotSaveDismissed = true;
    if (alert) alert.hidden = true;
  });

  // Import: refuse with the reason, load at once over empty progress, otherwise preview and ask first.
  const ask = $<HTMLElement>('[data-import-ask]');
  let pending: Progress | null = null;
  $<HTMLInputElement>('[data-import]')?.addEventListener('change', async (event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const plan =
      file.size > 1_000_000
        ? ({ kind: 'refused', problem: 'too-large' } as const)
        : planImport(await file.text(), progress);
    closeAsk();
    if (plan.kind === 'refused') say(I.importRefused[plan.problem]);
    else if (plan.kind === 'load') applyImport(plan.incoming, I.importDone.loaded);
    else {
      pending = plan.incoming;
      const words = $<HTMLElement>('[data-ask-text]');
      if (words) words.textContent = I.importAsk(plan.replace, plan.current, plan.merge);
      say('');
      if (ask) {
        ask.hidden = false;
        ask.focus();
      }
    }
  });
  $('[data-import-replace]')?.addEventListener('click', () => {
    if (pending) applyImport(pending, I.importDone.replaced);
    closeAsk();
  });
  $('[data-import-merge]')?.addEventListener('click', () => {
    if (pending) applyImport(mergeProgress(progress, pending), I.importDone.merged);
    closeAsk();
  });
  $('[data-import-cancel]')?.addEventListener('click', () => {
    closeAsk();
    say(I.importDone.cancelled);
  });
  function closeAsk(): void {
    pending = null;
    if (ask) ask.hidden = true;
  }
  function applyImport(next: Progress, done: string): void {
    const result = saveImport(slot, next);
    if (result.status === 'conflict') {
      refreshFromStorage();
      say(I.importDone.conflict);
      return;
    }
    progress = next;
    render();
    if (result.status === 'saved') {
      unsaved = false;
      renderSetAside();
      say(result.copyKey ? done : I.importDone.loaded);
    } else {
      unsaved = true;
      say(I.importDone.notSaved);
    }
  }

  // Another tab saved: show its record, unless this page holds changes it could not save (then warn).
  window.addEventListener('storage', (event) => {
    if (event.key === null || /:set-aside:|:backup/.test(event.key)) renderSetAside();
    if (event.key !== PROGRESS_KEY) return;
    if (!unsaved) {
      if (refreshFromStorage()) say(N.updatedElsewhere.learner);
      return;
    }
    showAlert('conflict', N.conflictElsewhere('learner'), [
      {
        label: N.noticeButtons.loadNewer,
        run: () => {
          if (refreshFromStorage()) say(N.updatedElsewhere.learner);
          hideAlert();
        },
      },
      { label: N.noticeButtons.downloadThisTab, run: exportCurrent },
    ]);
  });
  function refreshFromStorage(): boolean {
    const fresh = reloadRecord(progressKind, slot);
    if (fresh.status !== 'loaded' && fresh.status !== 'empty') return false;
    progress = fresh.status === 'loaded' ? fresh.record : emptyProgress();
    unsaved = false;
    render();
    return true;
  }

  /** Turns a save outcome into words; true when it was saved. */
  function report(result: Saved): boolean {
    if (result.status === 'saved') {
      unsaved = false;
      return true;
    }
    unsaved = true;
    if (result.status === 'conflict') {
      refreshFromStorage();
      say(I.importDone.conflict);
    } else showCannotSave();
    return false;
  }
  function showCannotSave(): void {
    if (!cannotSaveDismissed)
      showAlert('cannot-save', N.cannotSave('learner'), [
        { label: N.noticeButtons.downloadCurrent, run: exportCurrent },
      ]);
  }
  function showAlert(kind: string, words: string, actions: { label: string; run: () => void }[]): void {
    const alert = $<HTMLElement>('[data-alert]');
    const slotText = $<HTMLElement>('[data-alert-text]');
    const buttons = $<HTMLElement>('[data-alert-actions]');
    if (!alert || !slotText || !buttons) return;
    alert.dataset.kind = kind;
    slotText.textContent = words;
    buttons.replaceChildren(
      ...actions.map((a) => {
        const button = Object.assign(document.createElement('button'), {
          type: 'button',
          className: 'button secondary',
          textContent: a.label,
        });
        button.addEventListener('click', a.run);
        return button;
      }),
    );
    alert.hidden = false;
  }
  function hideAlert(): void {
    const alert = $<HTMLElement>('[data-alert]');
    if (alert) alert.hidden = true;
  }

  function showSetAside(words: string, raw: string): void {
    const box = $<HTMLElement>('[data-progress-problem]');
    const slotText = $<HTMLElement>('[data-problem-text]');
    if (!box || !slotText) return;
    slotText.textContent = words;
    $('[data-download-backup]')?.addEventListener('click', () =>
      downloadText(raw, N.downloadName('learner', '', true)),
    );
    box.hidden = false;
  }

  /** A scenario's title as this page lists it (its id when the page does not). */
  function titleOf(id: string): string {
    return app.querySelector(`li[data-ref="scenarios/${CSS.escape(id)}"] a`)?.textContent?.trim() || id;
  }

  /** What a set-aside copy is of, in words, and the name its download gets (from the record's key). */
  function describe(of: string): { what: string; file: string } {
    const m = /^stl:(scenario|scenario-endings|workshop|workshop-pair):v\d+:(.+)$/.exec(of);
    const [kind, id = ''] = m ? [m[1], m[2]] : [of === PROGRESS_KEY ? 'progress' : 'other', ''];
    switch (kind) {
      case 'scenario':
        return { what: I.setAsideList.of.play(titleOf(id)), file: N.downloadName('scenario', id, true) };
      case 'scenario-endings':
        return { what: I.setAsideList.of.endings(titleOf(id)), file: N.downloadName('endings', id, true) };
      case 'workshop':
        return { what: I.setAsideList.of.workshop(titleOf(id)), file: N.downloadName('workshop', id, true) };
      case 'workshop-pair': {
        const [a = '', b = ''] = id.split('+');
        return { what: I.setAsideList.of.pair(titleOf(a), titleOf(b)), file: N.downloadName('workshop', id, true) };
      }
      case 'progress':
        return { what: I.setAsideList.of.progress, file: N.downloadName('learner', '', true) };
      default:
        return { what: of, file: N.downloadName('learner', '', true) };
    }
  }

  /**
   * Lists every set-aside copy of every record of this site (progress, scenario plays, endings found, workshop
   * sessions), each with what it is, a download and a delete (read from storage when asked).
   */
  function renderSetAside(): void {
    const section = $<HTMLElement>('[data-set-aside]');
    const list = $<HTMLElement>('[data-set-aside-list]');
    if (!section || !list) return;
    const copies = listAllSetAside(storage ?? undefined);
    list.replaceChildren(
      ...copies.map((copy) => {
        const item = document.createElement('li');
        const { what, file } = describe(copy.of);
        const label = I.setAsideList.row(what, I.setAsideList.copy(copy.at));
        const button = Object.assign(document.createElement('button'), {
          type: 'button',
          className: 'button secondary',
          textContent: I.setAsideList.download,
        });
        button.setAttribute('aria-label', `${I.setAsideList.download}: ${label}`);
        button.addEventListener('click', () => downloadText((storage && readKey(storage, copy.key)) ?? '', file));
        const remove = Object.assign(document.createElement('button'), {
          type: 'button',
          className: 'button secondary',
          textContent: I.setAsideList.delete,
        });
        remove.setAttribute('aria-label', `${I.setAsideList.delete}: ${label}`);
        remove.addEventListener('click', () => deleteCopy(copy.key, label));
        item.append(Object.assign(document.createElement('span'), { textContent: label }), ' ', button, ' ', remove);
        return item;
      }),
    );
    section.hidden = copies.length === 0;
  }

  /** Deletes one set-aside copy once the learner confirms, says so, and keeps the focus in the list (or after it). */
  function deleteCopy(key: string, label: string): void {
    if (!window.confirm(I.setAsideList.deleteConfirm(label))) return;
    try {
      storage?.removeItem(key);
    } catch {
      // storage refused: the copy stays listed, as it still exists
    }
    renderSetAside();
    if (!listAllSetAside(storage ?? undefined).some((c) => c.key === key)) say(I.setAsideList.deleted);
    ($<HTMLElement>('[data-set-aside-list] button') ?? $<HTMLElement>('[data-export]'))?.focus();
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
    const url = p.last ? siteHref(text('base'), p.last.path) : null;
    if (last) last.hidden = !url;
    if (empty) empty.hidden = Boolean(url);
    if (!p.last || !url) return;
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
