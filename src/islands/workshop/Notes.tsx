import { useEffect, useRef, useState } from 'react';
import { workshopUi as W } from '../../lib/workshop-labels';

interface Props {
  agreements: string;
  actions: string;
  onWrite: (field: 'agreements' | 'actions', text: string) => void;
  /** The recap as Markdown, made when asked for. */
  markdown: () => string;
  onPrint: () => void;
}

/** "Agreements and actions" in the debrief, kept with the session, and the recap they go into (print or copy). */
export function Notes({ agreements, actions, onWrite, markdown, onPrint }: Props) {
  const [status, setStatus] = useState('');
  const [fallback, setFallback] = useState<string | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (fallback !== null) box.current?.select();
  }, [fallback]);
  const copy = async () => {
    const text = markdown();
    try {
      await navigator.clipboard.writeText(text);
      setFallback(null);
      setStatus(W.copied);
    } catch {
      setFallback(text);
      setStatus(W.copyFailed);
    }
  };
  return (
    <section className="ws-notes" aria-labelledby="ws-notes-h">
      <h3 id="ws-notes-h">{W.notesHeading}</h3>
      <p className="ws-muted">{W.notesIntro}</p>
      <div className="ws-notes-fields">
        <p>
          <label htmlFor="ws-agreements">{W.agreementsLabel}</label>
          <span id="ws-agreements-hint" className="ws-muted">
            {W.agreementsHint}
          </span>
          <textarea
            id="ws-agreements"
            rows={4}
            value={agreements}
            aria-describedby="ws-agreements-hint"
            onChange={(e) => onWrite('agreements', e.currentTarget.value)}
          />
        </p>
        <p>
          <label htmlFor="ws-actions">{W.actionsLabel}</label>
          <span id="ws-actions-hint" className="ws-muted">
            {W.actionsHint}
          </span>
          <textarea
            id="ws-actions"
            rows={4}
            value={actions}
            aria-describedby="ws-actions-hint"
            onChange={(e) => onWrite('actions', e.currentTarget.value)}
          />
        </p>
      </div>
      <p className="ws-recap-actions">
        <button type="button" className="button ws-print-recap" onClick={onPrint}>
          {W.printRecap}
        </button>
        <button type="button" className="button secondary ws-copy-recap" onClick={copy}>
          {W.copyRecap}
        </button>
      </p>
      <p className="ws-muted" role="status">
        {status}
      </p>
      {fallback !== null && (
        <p>
          <label htmlFor="ws-recap-md">{W.recapMarkdownLabel}</label>
          <textarea id="ws-recap-md" ref={box} readOnly rows={8} value={fallback} />
        </p>
      )}
    </section>
  );
}

/** Prints only the recap: marks the page for the recap's print styles until the print dialog closes. */
export function printRecap() {
  const root = document.documentElement;
  root.dataset.print = 'recap';
  window.addEventListener(
    'afterprint',
    () => {
      delete root.dataset.print;
    },
    { once: true },
  );
  window.print();
}
