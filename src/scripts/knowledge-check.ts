// Runs on pages with a knowledge check (KnowledgeCheck.astro): shuffles the options for every attempt, checks the
// answers, shows why each choice is right or wrong, and offers a free retake. Without it the check stays readable.
import { shuffledOrder } from '../lib/shuffle';
import { masteryOf, recordAttempt } from '../stores/check-review';
import { browserStorage, PROGRESS_CHANGED, peekProgress, updateProgress } from '../stores/learner-progress';

const orders = new WeakMap<HTMLElement, number[]>();

function shuffleOptions(question: HTMLElement): void {
  const list = question.querySelector<HTMLElement>('[data-options]');
  if (!list) return;
  const labels = [...list.querySelectorAll<HTMLElement>('label[data-option]')].sort(
    (a, b) => Number(a.dataset.option) - Number(b.dataset.option),
  );
  const order = shuffledOrder(labels.length, orders.get(question));
  orders.set(question, order);
  for (const i of order) list.append(labels[i] as HTMLElement);
}

function feedbackFor(question: HTMLElement, chosen: number, labels: DOMStringMap): boolean {
  const reasons = question.querySelector<HTMLDetailsElement>('[data-reasons]');
  const reason = reasons?.querySelector<HTMLElement>(`li[data-option="${chosen}"]`);
  const right = reason?.dataset.correct === 'true';
  const feedback = question.querySelector<HTMLElement>('[data-feedback]');
  if (!feedback || !reason) return right;
  const para = document.createElement('p');
  const verdict = document.createElement('strong');
  verdict.textContent = (right ? labels.right : labels.wrong) ?? '';
  para.append(verdict, ' ', reason.querySelector('[data-why]')?.textContent ?? '', ' ');
  const link = reason.querySelector('a');
  if (link) para.append(link.cloneNode(true));
  feedback.replaceChildren(para);
  if (!right) {
    const better = reasons?.querySelector<HTMLElement>('li[data-correct="true"]');
    const line = document.createElement('p');
    line.textContent = `${labels.better ?? ''} ${better?.querySelector('.option-text')?.textContent ?? ''}`;
    feedback.append(line);
  }
  feedback.dataset.right = String(right);
  feedback.hidden = false;
  return right;
}

const storage = browserStorage();

/** Shows the page's mastery level from the saved record (hidden when nothing can be read). */
function showMastery(box: HTMLElement, labels: DOMStringMap): void {
  const line = box.querySelector<HTMLElement>('[data-mastery]');
  const level = line?.querySelector<HTMLElement>('[data-mastery-level]');
  if (!line || !level || !storage) return;
  const read = peekProgress(storage);
  if (read.problem) return;
  const mastery = masteryOf(read.progress.checks, box.dataset.ref ?? '');
  level.textContent = labels[mastery === 'not-started' ? 'notStarted' : mastery] ?? '';
  line.dataset.level = mastery;
  line.hidden = false;
}

function wire(box: HTMLElement): void {
  const form = box.querySelector<HTMLFormElement>('form[data-check-form]');
  const labels = box.querySelector<HTMLElement>('template[data-check-labels]')?.dataset ?? {};
  const actions = box.querySelector<HTMLElement>('[data-check-actions]');
  const submit = box.querySelector<HTMLButtonElement>('[data-check-submit]');
  const retake = box.querySelector<HTMLButtonElement>('[data-check-retake]');
  const result = box.querySelector<HTMLElement>('[data-check-result]');
  const questions = [...box.querySelectorAll<HTMLElement>('fieldset[data-question]')];
  if (!form || !submit || !retake || !result || questions.length === 0) return;

  /**
   * A new attempt. The first keeps whatever the learner did before this code arrived: an answer picked, and the
   * order of a question they have answered or are in (moving the focused option would drop the focus).
   */
  const start = (first = false) => {
    for (const q of questions) {
      const touched = first && (q.querySelector('input:checked') !== null || q.contains(document.activeElement));
      if (!touched) shuffleOptions(q);
      for (const input of q.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
        if (!first) input.checked = false;
        input.disabled = false;
        delete input.closest<HTMLElement>('label')?.dataset.result;
      }
      const feedback = q.querySelector<HTMLElement>('[data-feedback]');
      if (feedback) {
        feedback.hidden = true;
        feedback.replaceChildren();
      }
      const reasons = q.querySelector<HTMLDetailsElement>('[data-reasons]');
      if (reasons) {
        reasons.open = false;
        reasons.hidden = true;
      }
    }
    submit.hidden = false;
    retake.hidden = true;
    result.textContent = '';
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const missing = questions.filter((q) => !q.querySelector('input:checked'));
    if (missing.length > 0) {
      const numbers = missing.map((q) => questions.indexOf(q) + 1).join(', ');
      result.textContent = (labels.missing ?? '').replace('{list}', numbers);
      missing[0]?.querySelector<HTMLInputElement>('input')?.focus();
      return;
    }
    const answers: Record<string, boolean> = {};
    let right = 0;
    for (const q of questions) {
      const chosen = q.querySelector<HTMLInputElement>('input:checked');
      const isRight = feedbackFor(q, Number(chosen?.value), labels);
      if (isRight) right++;
      const label = chosen?.closest<HTMLElement>('label');
      if (label) label.dataset.result = isRight ? 'right' : 'wrong';
      const best = q.querySelector<HTMLElement>('[data-reasons] li[data-correct="true"]')?.dataset.option;
      const bestLabel = q.querySelector<HTMLElement>(`label[data-option="${best}"]`);
      if (bestLabel) bestLabel.dataset.result = 'right';
      for (const input of q.querySelectorAll<HTMLInputElement>('input')) input.disabled = true;
      const reasons = q.querySelector<HTMLElement>('[data-reasons]');
      if (reasons) reasons.hidden = false;
      answers[`${q.dataset.qref ?? box.dataset.ref}#${q.dataset.question}`] = isRight;
    }
    const template = right === questions.length ? labels.scoreAll : labels.scoreSome;
    const saved = updateProgress(storage, (p) => recordAttempt(p.checks, { ref: box.dataset.ref ?? '', answers }));
    const score = (template ?? '').replace('{right}', String(right)).replace('{total}', String(questions.length));
    result.textContent = `${score} ${(saved ? labels.saved : labels.notSaved) ?? ''}`;
    submit.hidden = true;
    retake.hidden = false;
    result.focus();
    if (saved) {
      showMastery(box, labels);
      document.dispatchEvent(new CustomEvent(PROGRESS_CHANGED));
    }
  });

  retake.addEventListener('click', () => {
    start();
    questions[0]?.querySelector<HTMLInputElement>('input')?.focus();
  });

  start(true);
  showMastery(box, labels);
  if (actions) actions.hidden = false;
}

for (const box of document.querySelectorAll<HTMLElement>('[data-check]')) wire(box);
