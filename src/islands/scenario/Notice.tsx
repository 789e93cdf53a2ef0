/** A dismissible status message (saved progress set aside, a changed scenario …), shared by player and console. */
export function Notice({
  className,
  text,
  dismiss,
  onDismiss,
}: {
  className: string;
  text: string;
  dismiss: string;
  onDismiss: () => void;
}) {
  if (!text) return null;
  return (
    <div className={className} role="status">
      <p>{text}</p>
      <button type="button" className="button secondary" onClick={onDismiss}>
        {dismiss}
      </button>
    </div>
  );
}
