import { workshopUi as W } from '../../lib/workshop-labels';

interface Props {
  canGoBack: boolean;
  onBack: () => void;
  onRestart: () => void;
  /** Opens the list of keys. */
  onKeys: () => void;
  /** From useFullScreen; the button only shows where the Fullscreen API is available. */
  full: { supported: boolean; active: boolean; toggle: () => void };
}

/** The facilitator's controls above the scene: back, restart, print the handout, full screen. */
export function Toolbar({ canGoBack, onBack, onRestart, onKeys, full }: Props) {
  return (
    <fieldset className="ws-toolbar">
      <legend className="visually-hidden">{W.toolbar}</legend>
      <button type="button" className="button secondary" disabled={!canGoBack} onClick={onBack}>
        {W.back}
      </button>
      <button type="button" className="button secondary" onClick={onRestart}>
        {W.restart}
      </button>
      <button type="button" className="button secondary" onClick={() => window.print()}>
        {W.printHandout}
      </button>
      <button
        type="button"
        className="button secondary"
        aria-haspopup="dialog"
        aria-keyshortcuts="Shift+?"
        onClick={onKeys}
      >
        {W.keysButton}
      </button>
      {full.supported && (
        <button
          type="button"
          className="button secondary"
          aria-pressed={full.active}
          aria-keyshortcuts="F"
          onClick={full.toggle}
        >
          {W.fullScreen}
        </button>
      )}
    </fieldset>
  );
}
