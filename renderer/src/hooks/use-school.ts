/** Feature hooks that read the session: the school, undo history, save status and notices. */
import type { School } from '../../../shared/domain/types';
import type { HistoryState, Notice, SessionState, StoreStatus } from '../../../shared/ipc/types';
import { sessionStore, type SessionSnapshot } from '../state/session-store';
import { useStore } from './use-store';

function requireSession(snapshot: SessionSnapshot): SessionState {
  // Screens render only once the session is ready (App shows loading/error states before that).
  if (snapshot.phase !== 'ready') throw new Error('The session is not loaded yet.');
  return snapshot.session;
}

/** Loading / ready / error, for the app shell. */
export function useSessionSnapshot(): SessionSnapshot {
  return useStore(sessionStore);
}

export function useSchool(): School {
  return useStore(sessionStore, (s) => requireSession(s).school);
}

export function useHistory(): HistoryState {
  return useStore(sessionStore, (s) => requireSession(s).history);
}

export function useSaveStatus(): StoreStatus {
  return useStore(sessionStore, (s) => requireSession(s).status);
}

export function useRevision(): number {
  return useStore(sessionStore, (s) => requireSession(s).revision);
}

export function useNotices(): readonly Notice[] {
  return useStore(sessionStore, (s) => requireSession(s).notices);
}
