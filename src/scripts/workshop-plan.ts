// The workshop planner in the browser: reads the plan from the address (validated by the same rules as the build),
// renders its agenda with the DOM (no framework, nothing inserted as HTML), and keeps the address the plan's link.
// Without JavaScript the page shows the server-rendered default plan; this script takes over when it runs.
import { clock } from '../lib/facilitation';
import { kitUi as K, planUi as P } from '../lib/kit-labels';
import {
  type Agenda,
  buildAgenda,
  type Catalogue,
  defaultRequest,
  type PlanRequest,
  parsePlan,
  planQuery,
} from '../lib/workshop-plan';

const root = document.querySelector<HTMLElement>('[data-plan-app]');
if (root) start(root);

function start(app: HTMLElement) {
  const cat = JSON.parse(app.dataset.catalogue ?? '{}') as Catalogue;
  const base = app.dataset.base ?? '/';
  const trustCheckUrl = app.dataset.trustCheck || undefined;
  const form = app.querySelector<HTMLFormElement>('[data-plan-form]');
  const out = app.querySelector<HTMLElement>('[data-plan-out]');
  const problem = app.querySelector<HTMLElement>('[data-plan-problem]');
  const share = app.querySelector<HTMLElement>('[data-plan-share]');
  const link = app.querySelector<HTMLAnchorElement>('[data-plan-url]');
  const status = app.querySelector<HTMLElement>('[data-plan-status]');
  if (!form || !out || !problem || !share || !link || !status) return;
  form.hidden = false;

  const show = (moveFocus: boolean) => {
    const result = parsePlan(new URLSearchParams(location.search), cat);
    problem.hidden = result.ok;
    out.hidden = !result.ok;
    share.hidden = !result.ok;
    if (!result.ok) {
      const list = problem.querySelector('ul');
      list?.replaceChildren(...result.problems.map((p) => el('li', {}, [p])));
      fillForm(form, defaultRequest(cat));
      if (moveFocus) problem.focus();
      return;
    }
    const agenda = buildAgenda(result.request, cat);
    renderAgenda(out, agenda);
    fillForm(form, agenda.request);
    const url = new URL(location.href);
    url.search = planQuery(agenda.request, cat);
    link.href = url.toString();
    link.textContent = url.toString();
    if (moveFocus) out.querySelector<HTMLElement>('#agenda-h')?.focus();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const [kind, id] = String(data.get('focus') ?? '').split(':');
    const params = new URLSearchParams();
    params.set(kind === 'event' ? 'event' : 'goal', id ?? '');
    for (const name of ['length', 'group', 'mode', 'start']) {
      const value = String(data.get(name) ?? '');
      if (value !== '' || name !== 'start') params.set(name, value);
    }
    const parsed = parsePlan(params, cat);
    const query = parsed.ok ? planQuery(parsed.request, cat) : params.toString();
    history.pushState(null, '', `?${query}`);
    show(true);
  });
  window.addEventListener('popstate', () => show(false));
  app.querySelector('[data-plan-copy]')?.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(link.href);
      status.textContent = P.copied;
    } catch {
      status.textContent = P.copyFailed;
    }
  });
  app.querySelector('[data-plan-print]')?.addEventListener('click', () => window.print());
  if (location.search) show(false);
  else {
    fillForm(form, defaultRequest(cat));
    share.hidden = false;
    const url = new URL(location.href);
    url.search = planQuery(defaultRequest(cat), cat);
    link.href = url.toString();
    link.textContent = url.toString();
  }

  function renderAgenda(target: HTMLElement, agenda: Agenda) {
    const { request } = agenda;
    const at = (m: number) => clock(m, request.start);
    const page = (id: string, path: string) => `${base}workshop/${id}/${path}`;
    const items = agenda.items.map((item) => {
      const what = el('div', { class: 'what' }, [el('h3', {}, [item.title])]);
      if (item.text) what.append(el('p', {}, [item.text]));
      if (item.kind === 'trust-check' && trustCheckUrl)
        what.append(el('p', {}, [el('a', { href: trustCheckUrl }, [P.trustCheckLink])]));
      if (item.notes?.length)
        what.append(
          el(
            'ul',
            { class: 'notes' },
            item.notes.map((n) => el('li', {}, [n])),
          ),
        );
      if (item.steps)
        what.append(
          el(
            'ol',
            { class: 'steps' },
            item.steps.map((s) =>
              el('li', {}, [
                el('span', { class: 'when' }, [`${at(s.start)}–${at(s.end)}`]),
                ' ',
                el('span', {}, [s.step]),
              ]),
            ),
          ),
        );
      if (item.variation) what.append(el('p', {}, [el('strong', {}, [`${P.variation}:`]), ` ${item.variation}`]));
      const s = item.scenario;
      if (s) {
        if (s.materials.length > 0)
          what.append(el('p', {}, [el('strong', {}, [`${P.materials}:`]), ` ${s.materials.join('; ')}`]));
        what.append(
          el('p', { class: 'links no-print' }, [
            el('a', { href: page(s.id, 'guide/') }, [K.guide]),
            el('a', { href: page(s.id, '') }, [K.console]),
            el('a', { href: page(s.id, 'roles/') }, [K.roleCards]),
            el('a', { href: page(s.id, 'cards/') }, [K.discussionCards]),
          ]),
        );
      }
      return el('li', { class: `agenda-item kind-${item.kind}` }, [
        el('p', { class: 'when' }, [`${at(item.start)}–${at(item.end)}`]),
        what,
      ]);
    });
    target.replaceChildren(
      el('h2', { id: 'agenda-h', tabindex: '-1' }, [P.agenda(agenda.minutes)]),
      el('p', { class: 'agenda-for' }, [
        P.forGroup(request.group, request.mode === 'remote' ? P.modeRemote : P.modeRoom),
      ]),
      el('ol', { class: 'agenda' }, items),
    );
  }
}

/** Puts a plan's values into the form. */
function fillForm(form: HTMLFormElement, request: PlanRequest) {
  const set = (name: string, value: string) => {
    const field = form.elements.namedItem(name);
    if (field instanceof RadioNodeList) field.value = value;
    else if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = value;
  };
  set('focus', `${request.focus.kind}:${request.focus.id}`);
  set('length', String(request.length));
  set('group', String(request.group));
  set('mode', request.mode);
  set(
    'start',
    request.start === undefined
      ? ''
      : `${String(Math.floor(request.start / 60)).padStart(2, '0')}:${String(request.start % 60).padStart(2, '0')}`,
  );
}

/** An element with attributes and children; text is always text, never HTML. */
function el(tag: string, attrs: Record<string, string>, children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}
