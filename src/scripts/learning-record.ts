// The learning record page: shows what this browser's progress record holds (paths, pages done, scenarios with the
// endings found, check results), keeps the learner's name in that record, prints and downloads the page as text.
// Reads other records without moving anything aside; every value shown goes through textContent.
import { downloadText } from '../lib/download';
import { masteryOf } from '../stores/check-review';
import { browserStorage, MAX_NAME, peekProgress, updateProgress } from '../stores/learner-progress';
import { loadRecord } from '../stores/records';
import { endingsKind } from '../stores/scenario-endings';

const root = document.querySelector<HTMLElement>('[data-record]');
if (root) show(root);

function show(root: HTMLElement): void {
  const storage = browserStorage();
  const t = (name: string) => root.dataset[name] ?? '';
  const $$ = (sel: string) => [...root.querySelectorAll<HTMLElement>(sel)];
  document.querySelector<HTMLElement>('[data-record-nojs]')?.setAttribute('hidden', '');
  root.hidden = false;
  const read = peekProgress(storage);
  if (read.problem) {
    const problem = root.querySelector<HTMLElement>('[data-record-problem]');
    if (problem) {
      problem.textContent = t('unreadable');
      problem.hidden = false;
    }
  }
  const { progress } = read;
  const day = (iso: string) => new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' });
  /** Writes a date into an item's <time data-when> (shown as the learner's locale has it, machine-readable too). */
  const stamp = (el: Element, iso: string | undefined) => {
    const time = el.querySelector<HTMLElement>('time[data-when]');
    if (!time || !iso) return;
    time.textContent = day(iso);
    time.setAttribute('datetime', iso.slice(0, 10));
  };
  const date = root.querySelector<HTMLElement>('[data-record-date]');
  if (date) date.textContent = new Date().toLocaleDateString(undefined, { dateStyle: 'long' });

  // Name: typed here, kept in the progress record (so it moves with a download), printed as text.
  const input = root.querySelector<HTMLInputElement>('[data-record-name-input]');
  const nameOut = root.querySelector<HTMLElement>('[data-record-name]');
  const nameStatus = root.querySelector<HTMLElement>('[data-record-name-status]');
  const showName = (name: string) => {
    if (nameOut) nameOut.textContent = name.trim() || '—';
  };
  if (input) {
    input.value = progress.name ?? '';
    showName(input.value);
    input.addEventListener('input', () => showName(input.value));
    input.addEventListener('change', () => {
      const name = input.value.trim().slice(0, MAX_NAME);
      const saved =
        !read.problem &&
        updateProgress(storage, (p) => {
          if (name) p.name = name;
          else delete p.name;
        });
      if (nameStatus) nameStatus.textContent = saved ? t('nameSaved') : t('nameNotSaved');
    });
  }

  const finish = (part: string, any: boolean) => {
    const nothing = root.querySelector<HTMLElement>(`[data-record-part="${part}"] [data-nothing]`);
    if (nothing) nothing.hidden = any;
  };

  let anyPath = false;
  for (const li of $$('[data-path-refs]')) {
    const refs = (li.dataset.pathRefs ?? '').split(' ').filter(Boolean);
    const done = refs.filter((r) => r in progress.done).length;
    if (done === 0) continue;
    const line = li.querySelector<HTMLElement>('[data-line]');
    if (line)
      line.textContent =
        done === refs.length
          ? t('finished')
          : t('pathLine').replace('{done}', String(done)).replace('{total}', String(refs.length));
    // a finished path is dated by its last stop done
    if (done === refs.length)
      stamp(
        li,
        refs
          .map((r) => progress.done[r] ?? '')
          .sort()
          .at(-1),
      );
    li.hidden = false;
    anyPath = true;
  }
  finish('paths', anyPath);

  for (const part of ['pages', 'terms']) {
    let any = false;
    for (const li of $$(`[data-record-part="${part}"] [data-done-ref]`)) {
      const when = progress.done[li.dataset.doneRef ?? ''];
      if (!when) continue;
      stamp(li, when);
      li.hidden = false;
      any = true;
    }
    finish(part, any);
  }

  let anyScenario = false;
  for (const li of $$('[data-scenario]')) {
    const id = li.dataset.scenario ?? '';
    const { loaded } = loadRecord(endingsKind(id), storage ?? undefined, { setAside: false });
    const found = new Set(loaded.status === 'loaded' ? loaded.record.endings : []);
    const shown = [...li.querySelectorAll<HTMLElement>('[data-ending]')].filter((e) =>
      found.has(e.dataset.ending ?? ''),
    );
    if (shown.length === 0 && !(`scenarios/${id}` in progress.done)) continue;
    for (const e of shown) e.hidden = false;
    const line = li.querySelector<HTMLElement>('[data-line]');
    if (line)
      line.textContent = t('endingsLine')
        .replace('{found}', String(shown.length))
        .replace('{total}', li.dataset.total ?? '0');
    stamp(li, progress.done[`scenarios/${id}`]); // the day it was first played to an ending
    li.hidden = false;
    anyScenario = true;
  }
  finish('scenarios', anyScenario);

  let anyCheck = false;
  for (const row of $$('[data-check-ref]')) {
    const ref = row.dataset.checkRef ?? '';
    const result = progress.checks.pages[ref];
    if (!result) continue;
    const score = (n: number) => t('score').replace('{right}', String(n)).replace('{total}', String(result.total));
    const cell = (sel: string, text: string) => {
      const c = row.querySelector<HTMLElement>(sel);
      if (c) c.textContent = text;
    };
    cell('[data-last]', score(result.right));
    cell('[data-best]', score(result.best));
    cell('[data-level]', t(masteryOf(progress.checks, ref)));
    stamp(row, result.at);
    row.hidden = false;
    anyCheck = true;
  }
  const table = root.querySelector<HTMLElement>('[data-checks-table]');
  if (table) table.hidden = !anyCheck;
  finish('checks', anyCheck);

  root.querySelector('[data-record-print]')?.addEventListener('click', () => window.print());
  root.querySelector('[data-record-download]')?.addEventListener('click', () => {
    downloadText(asText(root, t('siteLine')), t('file'));
  });
}

/** The visible record as plain text: headings, then each shown line. */
function asText(root: HTMLElement, siteLine: string): string {
  const lines = [siteLine, ''];
  const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  for (const div of root.querySelectorAll<HTMLElement>('.facts > div'))
    lines.push(`${clean(div.querySelector('dt')?.textContent)}: ${clean(div.querySelector('dd')?.textContent)}`);
  for (const part of root.querySelectorAll<HTMLElement>('[data-record-part]')) {
    lines.push('', clean(part.querySelector('h2')?.textContent));
    const items = [...part.querySelectorAll<HTMLElement>('li:not([hidden]), tbody tr:not([hidden])')].filter(
      (el) => !el.closest('[hidden]'),
    );
    if (items.length === 0) lines.push(`- ${clean(part.querySelector('[data-nothing]')?.textContent)}`);
    for (const el of items)
      lines.push(
        `- ${el.tagName === 'TR' ? [...el.children].map((c) => clean(c.textContent)).join(' | ') : clean(el.textContent)}`,
      );
  }
  return `${lines.join('\n')}\n`;
}
