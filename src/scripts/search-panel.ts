// Search behaviour for a SearchPanel (header dialog or /search/ page): a combobox over a listbox of results.
// Loaded on first use only. Nothing a user types, nothing in the address and nothing Pagefind returns is inserted
// as HTML: text goes through textContent, excerpts are rebuilt from parsed parts with <mark> elements.
import { searchUi } from '../lib/labels';
import { parseExcerpt } from '../lib/search/excerpt';
import { pagefindOptions } from '../lib/search/options';
import { MAX_QUERY_LENGTH, normaliseQuery } from '../lib/search/query';
import { type PagefindApi, runSearch } from '../lib/search/run';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
let pagefindLoad: Promise<PagefindApi> | undefined;

/** Imports the Pagefind bundle once, relative to the site's base path (works under BASE=/sub/). */
function loadPagefind(): Promise<PagefindApi> {
  pagefindLoad ??= (async () => {
    if (import.meta.env.DEV) throw new Error('dev');
    const url = `${base}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await pagefind.options(pagefindOptions);
    await pagefind.init();
    return pagefind;
  })();
  pagefindLoad.catch(() => {
    pagefindLoad = undefined;
  }); // a failed load may be retried on the next search
  return pagefindLoad;
}

/** Only same-site paths are followed when a result is opened. */
function safeUrl(url: string): string | null {
  return url.startsWith('/') && !url.startsWith('//') ? url : null;
}

export interface SearchPanel {
  focus: () => void;
}

/** Wires up one panel; `mode` page keeps ?q= in the address and reads it on load. */
export function attachSearchPanel(root: HTMLElement): SearchPanel {
  const mode = root.dataset.searchPanel === 'page' ? 'page' : 'dialog';
  const limit = mode === 'page' ? 20 : 8;
  const input = root.querySelector<HTMLInputElement>('[data-search-input]');
  const list = root.querySelector<HTMLElement>('[data-search-results]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const selects = [...root.querySelectorAll<HTMLSelectElement>('[data-search-filter]')];
  if (!input || !list || !status) throw new Error('search panel markup is incomplete');
  root.hidden = false;

  let active = -1;
  let run = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const options = () => [...list.querySelectorAll<HTMLElement>('[role="option"]')];
  const say = (text: string) => {
    status.textContent = text;
  };

  function setActive(index: number) {
    const all = options();
    active = all.length === 0 || index < 0 ? -1 : index % all.length;
    for (const [i, option] of all.entries()) option.setAttribute('aria-selected', String(i === active));
    const current = all[active];
    if (current) {
      input?.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input?.removeAttribute('aria-activedescendant');
  }

  function showResults(items: HTMLElement[]) {
    list?.replaceChildren(...items);
    if (list) list.hidden = items.length === 0;
    input?.setAttribute('aria-expanded', String(items.length > 0));
    setActive(-1);
  }

  function filters(): Record<string, string> {
    return Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset.searchFilter ?? '', s.value]));
  }

  function syncAddress(query: string) {
    if (mode !== 'page') return;
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
  }

  function renderOption(
    index: number,
    data: { url: string; excerpt: string; meta: Record<string, string | undefined> },
  ) {
    const option = document.createElement('div');
    option.id = `${root.id}-option-${index}`;
    option.setAttribute('role', 'option');
    option.setAttribute('aria-selected', 'false');
    option.dataset.url = data.url;
    const type = document.createElement('span');
    type.className = 'result-type';
    type.textContent = data.meta.type ?? '';
    const title = document.createElement('span');
    title.className = 'result-title';
    title.textContent = data.meta.title ?? data.url;
    const excerpt = document.createElement('p');
    excerpt.className = 'result-excerpt';
    for (const part of parseExcerpt(data.excerpt)) {
      if (part.mark) {
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        excerpt.append(mark);
      } else excerpt.append(part.text);
    }
    option.append(type, title, excerpt);
    return option;
  }

  async function search(cutFromAddress = false) {
    const raw = input?.value ?? '';
    const { query, shortened: cut } = normaliseQuery(raw);
    const shortened = cut || cutFromAddress;
    const note = shortened ? ` ${searchUi.shortened(MAX_QUERY_LENGTH)}` : '';
    const thisRun = ++run;
    syncAddress(query);
    if (query.length < 2) {
      showResults([]);
      say(note.trim());
      return;
    }
    say(searchUi.searching);
    try {
      const pagefind = await loadPagefind();
      const results = await runSearch(pagefind, query, filters());
      const data = await Promise.all(results.slice(0, limit).map((r) => r.data()));
      if (thisRun !== run) return; // a newer query has started
      const items = data.filter((d) => safeUrl(d.url)).map((d, i) => renderOption(i, d));
      showResults(items);
      if (results.length === 0) say(searchUi.none(query) + note);
      else if (results.length > items.length) say(searchUi.countShown(items.length, results.length, query) + note);
      else say(searchUi.count(results.length, query) + note);
    } catch (error) {
      if (thisRun !== run) return;
      showResults([]);
      say(error instanceof Error && error.message === 'dev' ? searchUi.devOnly : searchUi.failed);
    }
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(search, 120);
  }

  function open(option: HTMLElement | undefined) {
    const url = option?.dataset.url && safeUrl(option.dataset.url);
    if (url) location.assign(url);
  }

  input.addEventListener('input', schedule);
  for (const select of selects)
    select.addEventListener('change', () => {
      void search();
    });
  input.addEventListener('keydown', (event) => {
    const count = options().length;
    if (event.key === 'ArrowDown' && count) {
      event.preventDefault();
      setActive(active + 1);
    } else if (event.key === 'ArrowUp' && count) {
      event.preventDefault();
      setActive(active <= 0 ? count - 1 : active - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      open(options()[Math.max(active, 0)]);
    }
  });
  list.addEventListener('click', (event) => {
    open((event.target as Element).closest<HTMLElement>('[role="option"]') ?? undefined);
  });

  if (import.meta.env.DEV) say(searchUi.devOnly);
  else void loadPagefind().catch(() => say(searchUi.failed)); // start fetching the index while the user types

  if (mode === 'page') {
    const fromAddress = normaliseQuery(new URLSearchParams(location.search).get('q') ?? '');
    if (fromAddress.query) {
      input.value = fromAddress.query;
      void search(fromAddress.shortened);
    }
  }
  return { focus: () => input.focus() };
}
