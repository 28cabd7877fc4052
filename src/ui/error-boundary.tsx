import { Component, type ReactNode } from 'react';

interface Props {
  /** What failed, in words: "this slide", "the chart". */
  readonly what: string;
  /** Changing this key clears a caught error (e.g. the slide id and its parameters). */
  readonly resetKey?: string;
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
  readonly resetKey: string | undefined;
}

// Contains a failing panel: it shows a message in place and the rest of the page keeps working.
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div role="alert" className="panel-error">
        <p>
          <strong>Sorry, {this.props.what} could not be shown.</strong> The rest of the page still
          works.
        </p>
        <p className="panel-error-detail">{error.message}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
