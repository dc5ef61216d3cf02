// React renders MathML elements as they are, but its JSX types do not list them yet.
import 'react';

type MathProps = React.HTMLAttributes<HTMLElement> & { display?: 'block' | 'inline' };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      math: MathProps;
      mrow: MathProps;
      mi: MathProps & { mathvariant?: string };
      mn: MathProps;
      mo: MathProps & { form?: 'prefix' | 'infix' | 'postfix'; stretchy?: 'true' | 'false' };
      mtext: MathProps;
      msup: MathProps;
      mfrac: MathProps;
      mspace: MathProps & { width?: string };
    }
  }
}
