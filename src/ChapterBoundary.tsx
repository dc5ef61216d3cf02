import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What the part is called, for the message. */
  readonly name: string;
  readonly children: ReactNode;
}

interface State {
  readonly failed: boolean;
}

/**
 * Keeps a failure in one chapter or chart from taking the page down: the part shows a short
 * message and a button that tries it again, and everything else keeps working.
 */
export class ChapterBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`“${this.props.name}” failed`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="failure" role="alert">
        <p>
          Something went wrong in “{this.props.name}”. The rest of the page still works.
        </p>
        <button
          type="button"
          onClick={() => {
            this.setState({ failed: false });
          }}
        >
          Try “{this.props.name}” again
        </button>
      </div>
    );
  }
}
