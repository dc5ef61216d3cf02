/** A chapter's note about a shared link's settings that could not be used, until dismissed. */
export function Notice({ text, onDismiss }: { text: string; onDismiss: () => void }) {
  return (
    <div className="notice several-notice" role="status">
      <p>{text}</p>
      <button type="button" onClick={onDismiss}>
        Hide this note
      </button>
    </div>
  );
}
