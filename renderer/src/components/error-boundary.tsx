/** Catches a screen that fails to draw, says so in words, and marks the app state as "error". */
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  readonly message: string | null;
}

export class ErrorBoundary extends Component<{ readonly children: ReactNode }, State> {
  override state: State = { message: null };

  static getDerivedStateFromError(error: unknown): State {
    return { message: error instanceof Error ? error.message : String(error) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    document.documentElement.dataset.appState = 'error';
    console.error('The window failed to draw', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.message === null) return this.props.children;
    return (
      <div className="app-message" role="alert">
        <h1>Something went wrong while drawing this window</h1>
        <p>Your school data is safe: every saved change is on disk. Reloading the window usually fixes this.</p>
        <p className="muted">Details: {this.state.message}</p>
        <div>
          <button type="button" className="primary" onClick={() => window.location.reload()}>
            Reload window
          </button>
        </div>
      </div>
    );
  }
}
