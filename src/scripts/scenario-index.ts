// The scenarios index: filters (seat, event, topic, length) kept in the address so a trainer can share a filtered
// list, and the endings this browser has found in each scenario.
import { loadRecord } from '../stores/records';
import { endingsKind } from '../stores/scenario-progress';

const filterNames = ['seat', 'event', 'topic', 'length'] as const;
type Filters = Record<(typeof filterNames)[number], string>;

function matches(card: HTMLElement, f: Filters): boolean {
  const touches = (card.dataset.touches ?? '').split(' ');
  return (
    (!f.seat || card.dataset.seat === f.seat) &&
    (!f.event || touches.includes(f.event)) &&
    (!f.topic || touches.includes(f.topic)) &&
    (!f.length || card.dataset.length === f.length)
  );
}

export function attachScenarioIndex(): void {
  const cards = [...document.querySelectorAll<HTMLElement>('[data-scenario-card]')];
  for (const card of cards) {
    const found = card.querySelector<HTMLElement>('[data-endings-found]');
    const id = card.dataset.scenarioCard ?? '';
    const ids = new Set((card.dataset.endings ?? '').split(' ').filter(Boolean));
    const total = ids.size;
    if (!found || !id) continue;
    // Only looks: a damaged record is left where it is for the scenario's own page to report and set aside.
    const { loaded } = loadRecord(endingsKind(id), undefined, { setAside: false });
    const n = loaded.status === 'loaded' ? new Set(loaded.record.endings.filter((e) => ids.has(e))).size : 0;
    if (n === 0) continue;
    found.textContent = (found.dataset.template ?? '').replace('{found}', String(n)).replace('{total}', String(total));
    found.hidden = false;
  }

  const form = document.querySelector<HTMLFormElement>('[data-scenario-filters]');
  if (!form) return;
  form.hidden = false;
  const count = form.querySelector<HTMLElement>('[data-filter-count]');
  const params = new URLSearchParams(location.search);
  for (const name of filterNames) {
    const select = form.elements.namedItem(name) as HTMLSelectElement | null;
    const wanted = params.get(name) ?? '';
    // A value from the address is used only when it is one of the options (a tampered link shows everything).
    if (select && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
  }
  const apply = (updateAddress: boolean) => {
    const f = Object.fromEntries(
      filterNames.map((n) => [n, (form.elements.namedItem(n) as HTMLSelectElement | null)?.value ?? '']),
    ) as Filters;
    let shown = 0;
    for (const card of cards) {
      card.hidden = !matches(card, f);
      if (!card.hidden) shown++;
    }
    for (const group of document.querySelectorAll<HTMLElement>('.library > .group'))
      group.hidden = [...group.querySelectorAll<HTMLElement>('[data-scenario-card]')].every((c) => c.hidden);
    if (count)
      count.textContent = (count.dataset.template ?? '')
        .replace('{shown}', String(shown))
        .replace('{total}', String(cards.length));
    if (updateAddress) {
      const url = new URL(location.href);
      for (const n of filterNames) {
        if (f[n]) url.searchParams.set(n, f[n]);
        else url.searchParams.delete(n);
      }
      history.replaceState(null, '', url);
    }
  };
  form.addEventListener('change', () => apply(true));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply(true);
  });
  apply(false);
}
