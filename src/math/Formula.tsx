import { Fragment, type ReactNode } from 'react';

/**
 * Typeset maths with the browser's own MathML engine: no script, no font download, and screen
 * readers read it as mathematics. Build formulas from the small pieces below.
 */
export function Formula({ children, block = false, label }: { children: ReactNode; block?: boolean; label?: string }) {
  const math = (
    <math display={block ? 'block' : 'inline'} className={block ? 'formula formula--block' : 'formula'} aria-label={label}>
      <mrow>{children}</mrow>
    </math>
  );
  if (!block) return math;
  // MathML does not wrap lines, so a long formula scrolls sideways on a phone; the box can take
  // keyboard focus so the scroll works without a pointer too.
  return (
    <div className="formula-block" tabIndex={0} role="group" aria-label={label ?? 'Formula'}>
      {math}
    </div>
  );
}

/** A variable or a word used as one: `weight`, `α`. */
export const V = ({ children }: { children: string }) => <mi>{children}</mi>;
/** A number, already formatted for people. */
export const N = ({ children }: { children: string }) => <mn>{children}</mn>;
/** An operator: =, −, ×, (, ). */
export const O = ({ children }: { children: string }) => <mo>{children}</mo>;
/** Words inside a formula. */
export const T = ({ children }: { children: string }) => <mtext>{children}</mtext>;
/** x². */
export const Squared = ({ children }: { children: ReactNode }) => (
  <msup>
    <mrow>{children}</mrow>
    <mn>2</mn>
  </msup>
);
/** A number for people that may carry a minus sign, wrapped in brackets when negative. */
export function Signed({ text }: { text: string }) {
  return text.startsWith('\u2212') ? (
    <mrow>
      <mo>(</mo>
      <mn>{text}</mn>
      <mo>)</mo>
    </mrow>
  ) : (
    <mn>{text}</mn>
  );
}

/**
 * A worked formula, one step a line: `lhs = steps[0]`, then `= steps[1]`, … with the equals signs
 * lined up. Short lines fit a phone where one long formula would have to scroll.
 */
export function Derivation({ lhs, steps, label }: { lhs: ReactNode; steps: readonly ReactNode[]; label?: string }) {
  return (
    <div className="formula-block derivation" tabIndex={0} role="group" aria-label={label ?? 'Formula'}>
      {steps.map((step, i) => (
        // The steps are a fixed list whose order never changes.
        <Fragment key={i}>
          {/* Spans as grid cells keep each formula inline, so it sits left instead of centred. */}
          <span className="derivation__lhs">
            {i === 0 && (
              <math className="formula">
                <mrow>{lhs}</mrow>
              </math>
            )}
          </span>
          <span className="derivation__rhs">
            <math className="formula">
              <mrow>
                <mo>=</mo>
                {step}
              </mrow>
            </math>
          </span>
        </Fragment>
      ))}
    </div>
  );
}
