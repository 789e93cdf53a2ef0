/** A button a notice offers (download the set-aside copy, load the newer one …). */
export interface NoticeAction {
  label: string;
  onClick: () => void;
}

/**
 * A dismissible message about saved data (set aside, cannot save, changed in another tab …), shared by the player
 * and the console. `urgent` messages (saving stopped) are announced at once as alerts; the rest politely.
 */
export function Notice({
  className,
  text,
  dismiss,
  onDismiss,
  actions = [],
  urgent = false,
}: {
  className: string;
  text: string;
  dismiss: string;
  onDismiss: () => void;
  actions?: readonly NoticeAction[] | undefined;
  urgent?: boolean | undefined;
}) {
  if (!text) return null;
  return (
    <div className={className} role={urgent ? 'alert' : 'status'}>
      <p>{text}</p>
      {actions.map((a) => (
        <button key={a.label} type="button" className="button secondary" onClick={a.onClick}>
          {a.label}
        </button>
      ))}
      <button type="button" className="button secondary" data-notice-dismiss onClick={onDismiss}>
        {dismiss}
      </button>
    </div>
  );
}
