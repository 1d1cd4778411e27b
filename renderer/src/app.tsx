/** The root: subscribes to main's events, loads the school, then shows the frame (or why not). */
import { AppFrame } from './components/app-frame';
import { useAppEvents } from './hooks/use-app-events';
import { useBoot } from './hooks/use-boot';
import { useKeyboardShortcuts } from './hooks/use-keyboard-shortcuts';
import { useSessionSnapshot } from './hooks/use-school';
import { useTheme } from './hooks/use-theme';
import { loadSession } from './state/session-store';

export function App() {
  // Subscribe before loading so no change made meanwhile is missed (the store buffers them).
  useAppEvents();
  const state = useBoot();
  useTheme();
  useKeyboardShortcuts();
  const snapshot = useSessionSnapshot();

  if (state === 'loading') {
    return (
      <div className="app-message" aria-busy="true">
        <p>Opening the school…</p>
      </div>
    );
  }
  if (snapshot.phase === 'error') {
    return (
      <div className="app-message" role="alert">
        <h1>The school could not be shown</h1>
        <p>{snapshot.message}</p>
        <div>
          <button type="button" className="primary" onClick={() => void loadSession()}>
            Try again
          </button>
        </div>
      </div>
    );
  }
  return <AppFrame />;
}
