import { useId, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { parseNumber } from '../store/index.ts';

export interface NumberFieldProps {
  /** The accessible name (shown as a label unless `inline`). */
  readonly label: string;
  readonly value: number;
  /**
   * Called with a parsed, finite number when the reader commits (Enter, leaving the field,
   * arrow keys, dragging). Returns a message when the value is refused, or null.
   */
  readonly onCommit: (value: number) => string | null;
  /** Text shown for the value while the reader is not editing; defaults to the shortest exact form. */
  readonly display?: (value: number) => string;
  /** Arrow keys and dragging: the next value up (direction 1) or down (-1). */
  readonly nudge?: (value: number, direction: 1 | -1) => number;
  /** A small input that sits inside a sentence; its label is not shown. */
  readonly inline?: boolean;
  /** Extra help under the field (not shown inline). */
  readonly hint?: string;
  readonly className?: string;
}

const DRAG_PIXELS_PER_NUDGE = 6;

/**
 * A labelled text box for an exact number. What the reader types stays in the box until it is
 * committed; a value that cannot be read, or is refused, leaves the last good value in force and
 * says why right next to the box.
 */
export function NumberField({ label, value, onCommit, display = String, nudge, inline = false, hint, className }: NumberFieldProps) {
  const id = useId();
  const messageId = `${id}-message`;
  const hintId = `${id}-hint`;
  // The reader's unfinished text; null while showing the committed value.
  const [draft, setDraft] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  // How many refusals so far: each is a new alert, announced even when its words are the last one's.
  const [refusals, setRefusals] = useState(0);
  const tell = (refusal: string | null): void => {
    setMessage(refusal);
    if (refusal !== null) setRefusals((n) => n + 1);
  };
  const [drag, setDrag] = useState<{ x: number; pointer: number; moved: boolean } | null>(null);
  // When the value changes from elsewhere (a slider, a preset), an old message no longer applies.
  const [shown, setShown] = useState(value);
  if (!Object.is(shown, value)) {
    setShown(value);
    setMessage(null);
    setDraft(null);
  }

  const commitValue = (next: number): boolean => {
    const refusal = onCommit(next);
    tell(refusal);
    return refusal === null;
  };

  const commitText = (): void => {
    if (draft === null) return;
    const parsed = parseNumber(draft);
    if (!parsed.ok) {
      tell(`${parsed.message} ${label} stays ${display(value)}.`);
      return;
    }
    if (commitValue(parsed.value)) setDraft(null);
  };

  const step = (direction: 1 | -1): void => {
    if (!nudge) return;
    const next = nudge(value, direction);
    if (!Number.isFinite(next)) return;
    // The keys move within the slider's range: from a value typed beyond it, they would jump back the other way.
    if ((next - value) * direction < 0) {
      tell(`${label} stays ${display(value)}: ↑ and ↓ move within the slider’s range, and this is ${direction > 0 ? 'above' : 'below'} it. Type a value instead.`);
      return;
    }
    if (commitValue(next)) setDraft(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commitText();
    } else if (event.key === 'Escape') {
      setDraft(null);
      setMessage(null);
    } else if (nudge && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      step(event.key === 'ArrowUp' ? 1 : -1);
    }
  };

  // Dragging sideways on an inline number changes it, like a scrubbable number in a document.
  const onPointerDown = (event: PointerEvent<HTMLInputElement>): void => {
    if (!inline || !nudge || event.button !== 0) return;
    setDrag({ x: event.clientX, pointer: event.pointerId, moved: false });
  };
  const onPointerMove = (event: PointerEvent<HTMLInputElement>): void => {
    if (!drag || event.pointerId !== drag.pointer) return;
    const dx = event.clientX - drag.x;
    if (Math.abs(dx) < DRAG_PIXELS_PER_NUDGE) return;
    if (!drag.moved) event.currentTarget.setPointerCapture(event.pointerId);
    const steps = Math.trunc(dx / DRAG_PIXELS_PER_NUDGE);
    let next = value;
    for (let i = 0; i < Math.abs(steps); i += 1) next = nudge?.(next, steps > 0 ? 1 : -1) ?? next;
    if (Number.isFinite(next) && commitValue(next)) setDraft(null);
    setDrag({ ...drag, x: drag.x + steps * DRAG_PIXELS_PER_NUDGE, moved: true });
  };
  const endDrag = (): void => {
    setDrag(null);
  };

  const describedBy = [message ? messageId : null, hint && !inline ? hintId : null].filter(Boolean).join(' ') || undefined;
  const input = (
    <input
      id={id}
      className={inline ? 'number-inline' : 'number-field__input'}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
      aria-label={inline ? label : undefined}
      aria-invalid={message !== null}
      aria-describedby={describedBy}
      value={draft ?? display(value)}
      size={inline ? Math.max(3, (draft ?? display(value)).length) : undefined}
      onChange={(event) => {
        setDraft(event.target.value);
      }}
      onBlur={commitText}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
    />
  );

  if (inline) {
    return (
      <span className={`number-inline-wrap ${className ?? ''}`}>
        {input}
        {message && (
          <span key={refusals} id={messageId} className="field-message" role="alert">
            {message}
          </span>
        )}
      </span>
    );
  }
  return (
    <div className={`number-field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {input}
      {hint && (
        <small id={hintId} className="field-hint">
          {hint}
        </small>
      )}
      {message && (
        <p key={refusals} id={messageId} className="field-message" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
