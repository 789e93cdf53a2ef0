// The team trust check page: collects ratings (one person, a team one after another, or typed averages), shows the
// result as an SVG chart with a table beside it, suggests where to start, and keeps the result (averages only) in the
// address for sharing, printing and comparing with an earlier check. A link that cannot be read is refused with a
// calm message; nothing from the address is ever inserted as HTML.
import {
  areaScores,
  averageOf,
  decodeResult,
  encodeResult,
  parseAverage,
  round1,
  type TrustResult,
  weakest,
} from '../lib/trust-check';

type Labels = Record<string, string>;
interface Area {
  id: string;
  label: string;
  short: string;
}

const app = document.querySelector<HTMLElement>('[data-trust-app]');
if (app) start(app);

function start(app: HTMLElement): void {
  const L = JSON.parse(app.dataset.labels ?? '{}') as Labels;
  const t = (key: string) => L[key] ?? '';
  const areas = JSON.parse(app.dataset.areas ?? '[]') as Area[];
  const statementAreas = (app.dataset.statementAreas ?? '').split(' ');
  const count = statementAreas.length;
  const $ = <T extends Element>(sel: string) => app.querySelector<T>(sel);
  const $$ = <T extends Element>(sel: string) => [...app.querySelectorAll<T>(sel)];
  const form = $<HTMLFormElement>('[data-trust-form]');
  const status = $<HTMLElement>('[data-trust-status]');
  const problem = $<HTMLElement>('[data-trust-problem]');
  const submit = $<HTMLButtonElement>('[data-trust-submit]');
  const add = $<HTMLButtonElement>('[data-trust-add]');
  const resultBox = $<HTMLElement>('[data-trust-result]');
  const statements = $$<HTMLFieldSetElement>('[data-statement]');
  if (!form || !submit || !add || !resultBox) return;

  const say = (el: HTMLElement | null, text: string) => {
    if (el) el.textContent = text;
  };
  const showProblem = (text: string) => {
    say(problem, text);
    if (problem) problem.hidden = !text;
  };
  const mode = () => $<HTMLInputElement>('input[name="trust-mode"]:checked')?.value ?? 'mine';
  /** Answer sets added in team mode: kept in memory only, never stored or put in the address. */
  let team: number[][] = [];

  const applyMode = () => {
    const m = mode();
    for (const s of statements) {
      const scale = s.querySelector<HTMLElement>('[data-scale]');
      const average = s.querySelector<HTMLElement>('[data-average]');
      if (scale) scale.hidden = m === 'averages';
      if (average) average.hidden = m !== 'averages';
    }
    add.hidden = m !== 'team';
    submit.textContent = m === 'team' ? t('seeTeam') : m === 'averages' ? t('seeAverages') : t('seeMine');
    team = [];
    say(status, '');
  };

  /** The ratings on the form, or the numbers of the statements left unrated. */
  const ratings = (): number[] | { missing: number[] } => {
    const values = statements.map((s) =>
      Number(s.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value ?? 0),
    );
    const missing = values.flatMap((v, i) => (v ? [] : [i + 1]));
    return missing.length ? { missing } : values;
  };
  const clearRatings = () => {
    for (const input of form.querySelectorAll<HTMLInputElement>('input[type="radio"]')) input.checked = false;
  };
  const focusStatement = (n: number) =>
    statements[n - 1]?.querySelector<HTMLInputElement>(mode() === 'averages' ? 'input[type="text"]' : 'input')?.focus();

  add.addEventListener('click', () => {
    const r = ratings();
    if (!Array.isArray(r)) {
      say(status, t('missing').replace('{list}', r.missing.join(', ')));
      focusStatement(r.missing[0] ?? 1);
      return;
    }
    team.push(r);
    clearRatings();
    say(status, t('personAdded').replace('{n}', String(team.length)));
    focusStatement(1);
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const m = mode();
    let result: TrustResult | null = null;
    if (m === 'averages') {
      const values = statements.map((s) =>
        parseAverage(s.querySelector<HTMLInputElement>('input[type="text"]')?.value ?? ''),
      );
      const bad = values.flatMap((v, i) => (v === null ? [i + 1] : []));
      if (bad.length) {
        say(status, t('badAverages').replace('{list}', bad.join(', ')));
        focusStatement(bad[0] ?? 1);
        return;
      }
      result = { people: 1, averages: values as number[] };
    } else {
      const r = ratings();
      if (m === 'team' && !Array.isArray(r) && r.missing.length === count && team.length > 0) result = averageOf(team);
      else if (!Array.isArray(r)) {
        say(
          status,
          m === 'team' && team.length === 0 && r.missing.length === count
            ? t('noPeople')
            : t('missing').replace('{list}', r.missing.join(', ')),
        );
        focusStatement(r.missing[0] ?? 1);
        return;
      } else result = averageOf(m === 'team' ? [...team, r] : [r]);
    }
    if (!result) return;
    say(status, '');
    const params = new URLSearchParams(location.search);
    show(result, decodeResult(params.get('c'), count));
  });

  /** Shows a result (and an earlier one to compare), and puts both in the address. */
  const show = (result: TrustResult, earlier: TrustResult | null) => {
    const params = new URLSearchParams();
    params.set('r', encodeResult(result));
    if (earlier) params.set('c', encodeResult(earlier));
    history.replaceState(null, '', `${location.pathname}?${params}`);
    const now = areaScores(
      result,
      statementAreas,
      areas.map((a) => a.id),
    );
    const before = earlier
      ? areaScores(
          earlier,
          statementAreas,
          areas.map((a) => a.id),
        )
      : null;
    say(
      $('[data-trust-people]'),
      result.people === 1 ? t('peopleOne') : t('peopleMany').replace('{n}', String(result.people)),
    );
    for (const col of $$<HTMLElement>('[data-earlier-col], [data-earlier], [data-change]')) col.hidden = !before;
    for (const [i, s] of now.entries()) {
      const row = $<HTMLElement>(`[data-area-row="${s.area}"]`);
      say(row?.querySelector('[data-now]') ?? null, round1(s.score).toFixed(1));
      const b = before?.[i];
      if (b) {
        say(row?.querySelector('[data-earlier]') ?? null, round1(b.score).toFixed(1));
        const d = round1(s.score) - round1(b.score);
        say(row?.querySelector('[data-change]') ?? null, `${d > 0 ? '+' : d < 0 ? '−' : '±'}${Math.abs(d).toFixed(1)}`);
      }
    }
    for (const [i, a] of result.averages.entries()) {
      const row = $<HTMLElement>(`[data-statement-row="${i}"]`);
      say(row?.querySelector('[data-now]') ?? null, a.toFixed(1));
      if (earlier) say(row?.querySelector('[data-earlier]') ?? null, (earlier.averages[i] ?? 0).toFixed(1));
    }
    drawChart(now, before);
    const low = weakest(now).area;
    for (const box of $$<HTMLElement>('[data-recommend]')) box.hidden = box.dataset.recommend !== low;
    const link = $<HTMLInputElement>('[data-trust-link]');
    if (link) link.value = location.href;
    resultBox.hidden = false;
    resultBox.focus();
  };

  const drawChart = (now: { score: number }[], before: { score: number }[] | null) => {
    const svg = $<SVGSVGElement>('[data-trust-chart]');
    if (!svg) return;
    for (const el of [...svg.children]) if (el.tagName !== 'title' && el.tagName !== 'desc') el.remove();
    const NS = 'http://www.w3.org/2000/svg';
    const make = (tag: string, attrs: Record<string, string | number>, text?: string) => {
      const el = document.createElementNS(NS, tag);
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
      if (text !== undefined) el.textContent = text;
      svg.append(el);
      return el;
    };
    const left = 170;
    const width = 300;
    const rowH = before ? 56 : 40;
    const height = areas.length * rowH + 30;
    svg.setAttribute('viewBox', `0 0 600 ${height}`);
    const x = (v: number) => left + ((v - 1) / 4) * width;
    for (let v = 1; v <= 5; v++) {
      make('line', { x1: x(v), x2: x(v), y1: 0, y2: height - 20, class: 'axis' });
      make('text', { x: x(v), y: height - 4, 'text-anchor': 'middle' }, String(v));
    }
    areas.forEach((area, i) => {
      const y = i * rowH + 6;
      make('text', { x: 0, y: y + 18 }, area.short);
      const bar = (score: number, dy: number, cls: string, label: string) => {
        make('rect', { x: left, y: y + dy, width: Math.max(2, x(score) - left), height: 18, class: cls, rx: 3 });
        make('text', { x: x(score) + 6, y: y + dy + 14 }, `${round1(score).toFixed(1)}${label}`);
      };
      bar(now[i]?.score ?? 1, 4, 'bar-now', before ? ` ${t('now')}` : '');
      if (before) bar(before[i]?.score ?? 1, 26, 'bar-earlier', ` ${t('earlier')}`);
    });
  };

  $('[data-trust-copy]')?.addEventListener('click', async () => {
    const link = $<HTMLInputElement>('[data-trust-link]');
    try {
      await navigator.clipboard.writeText(link?.value ?? '');
      say($('[data-trust-share-status]'), t('copied'));
    } catch {
      link?.select();
      say($('[data-trust-share-status]'), t('copyFailed'));
    }
  });
  $('[data-trust-compare]')?.addEventListener('click', () => {
    const text = $<HTMLInputElement>('[data-trust-compare-input]')?.value.trim() ?? '';
    let value: string | null = text;
    try {
      value = new URL(text, location.href).searchParams.get('r') ?? text;
    } catch {
      /* not a link: maybe the bare value */
    }
    const earlier = decodeResult(value, count);
    const current = decodeResult(new URLSearchParams(location.search).get('r'), count);
    if (!earlier || !current) {
      say($('[data-trust-share-status]'), t('badCompare'));
      return;
    }
    say($('[data-trust-share-status]'), '');
    show(current, earlier);
  });
  $('[data-trust-print]')?.addEventListener('click', () => window.print());
  window.addEventListener('beforeprint', () => {
    const every = $<HTMLDetailsElement>('details.every');
    if (every && !resultBox.hidden) every.open = true;
  });
  $('[data-trust-again]')?.addEventListener('click', () => {
    history.replaceState(null, '', location.pathname);
    resultBox.hidden = true;
    clearRatings();
    applyMode();
    focusStatement(1);
  });
  for (const input of $$<HTMLInputElement>('input[name="trust-mode"]')) input.addEventListener('change', applyMode);

  document.querySelector<HTMLElement>('[data-trust-nojs]')?.setAttribute('hidden', '');
  const modeBox = $<HTMLElement>('[data-trust-mode]');
  if (modeBox) modeBox.hidden = false;
  const actions = $<HTMLElement>('[data-trust-actions]');
  if (actions) actions.hidden = false;
  applyMode();

  const params = new URLSearchParams(location.search);
  if (params.has('r')) {
    const result = decodeResult(params.get('r'), count);
    if (!result) showProblem(t('badLink'));
    else {
      const earlier = params.has('c') ? decodeResult(params.get('c'), count) : null;
      if (params.has('c') && !earlier) showProblem(t('badCompare'));
      show(result, earlier);
    }
  }
}
