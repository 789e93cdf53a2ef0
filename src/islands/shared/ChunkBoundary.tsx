import { Component, type ReactNode, useEffect, useRef } from 'react';

/**
 * A piece of an island that could not load, said as an alert with "Try again". The button takes the focus when the
 * alert appears (the control the learner used is gone), so a keyboard user lands on the way forward.
 */
export function LoadFailed({
  message,
  retry,
  onRetry,
  children,
}: {
  message: string;
  retry: string;
  onRetry: () => void;
  /** Other ways forward, after "Try again". */
  children?: ReactNode;
}) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <div className="chunk-failed" role="alert">
      <p>{message}</p>
      <button type="button" className="button" ref={button} onClick={onRetry}>
        {retry}
      </button>
      {children}
    </div>
  );
}

interface Props {
  /** What could not load, in words. */
  message: string;
  retry: string;
  /** Loads the piece again (a new lazy component). */
  onRetry: () => void;
  children: ReactNode;
}

/**
 * Catches a piece of an island that cannot load (a lazily loaded chunk while offline) and says so with "Try again",
 * instead of letting the error unmount the whole island (which used to leave the booklet in its place, silently).
 */
export class ChunkBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    console.warn('A part of the page could not load:', error);
  }
  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <LoadFailed
        message={this.props.message}
        retry={this.props.retry}
        onRetry={() => {
          this.setState({ failed: false });
          this.props.onRetry();
        }}
      />
    );
  }
}
