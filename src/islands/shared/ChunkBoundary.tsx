import { Component, type ReactNode } from 'react';

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
      <div className="chunk-failed" role="alert">
        <p>{this.props.message}</p>
        <button
          type="button"
          className="button"
          ref={(b) => b?.focus()}
          onClick={() => {
            this.setState({ failed: false });
            this.props.onRetry();
          }}
        >
          {this.props.retry}
        </button>
      </div>
    );
  }
}
