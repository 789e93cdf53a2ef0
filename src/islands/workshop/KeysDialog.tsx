import { forwardRef, useImperativeHandle, useRef } from 'react';
import { workshopUi as W } from '../../lib/workshop-labels';

export interface KeysDialogHandle {
  open: () => void;
}

/**
 * The `?` overlay: every key the console answers to. A native modal dialog, so focus moves into it, stays there, and
 * returns to where it was on Escape or Close.
 */
export const KeysDialog = forwardRef<KeysDialogHandle>(function KeysDialog(_, ref) {
  const dialog = useRef<HTMLDialogElement>(null);
  useImperativeHandle(ref, () => ({
    open: () => {
      const d = dialog.current;
      if (d && !d.open) d.showModal();
    },
  }));
  return (
    <dialog ref={dialog} className="ws-keys" aria-labelledby="ws-keys-h">
      <h2 id="ws-keys-h">{W.keysHeading}</h2>
      <dl>
        {W.keys.map(([key, what]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog">
        <button type="submit" className="button">
          {W.keysClose}
        </button>
      </form>
    </dialog>
  );
});
