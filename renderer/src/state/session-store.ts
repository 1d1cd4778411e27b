/**
 * The renderer's copy of the session (school, revision, history, save status, notices). It only
 * follows main: loaded once, then kept in step by applying each 'committed' command with the same
 * pure reducer main used. A gap in revisions or a command that will not apply means we missed
 * something, so we reload the whole session rather than guess.
 */
import { assertNever } from '../../../shared/domain/ids';
import { applyCommand } from '../../../shared/domain/reducer';
import type { AppEvent, SessionState } from '../../../shared/ipc/types';
import { call, messageOf } from '../api/client';
import { createStore } from './create-store';

export type SessionSnapshot =
  | { readonly phase: 'loading' }
  | { readonly phase: 'ready'; readonly session: SessionState }
  | { readonly phase: 'error'; readonly message: string };

/** The events that change the session; the others (task, menu) go elsewhere. */
export type SessionEvent = Extract<AppEvent, { readonly type: 'committed' | 'replaced' | 'status' | 'notices' }>;

export const sessionStore = createStore<SessionSnapshot>({ phase: 'loading' });

let inFlight: Promise<void> | null = null;
/** Events that arrived while a (re)load was in flight, replayed in order once it lands. */
let buffered: SessionEvent[] = [];

/** Loads (or reloads) the whole session from main; concurrent calls share one request. */
export function loadSession(): Promise<void> {
  if (inFlight) return inFlight;
  const phase = sessionStore.getSnapshot().phase;
  const wasReady = phase === 'ready';
  // Trying again after a failure shows "loading" again, so the user sees the retry happen.
  if (phase === 'error') sessionStore.set({ phase: 'loading' });
  inFlight = call('getSession')
    .then((session) => {
      inFlight = null;
      sessionStore.set({ phase: 'ready', session });
      const replay = buffered;
      buffered = [];
      for (const event of replay) receiveSessionEvent(event);
    })
    .catch((error: unknown) => {
      inFlight = null;
      buffered = [];
      const prefix = wasReady ? 'The app lost track of the latest changes' : 'The school could not be loaded';
      sessionStore.set({ phase: 'error', message: `${prefix}: ${messageOf(error)}` });
    });
  return inFlight;
}

function applyCommitted(session: SessionState, event: Extract<SessionEvent, { type: 'committed' }>): SessionState | null {
  if (event.revision <= session.revision) return session; // already part of what we loaded
  if (event.revision !== session.revision + 1) return null;
  try {
    const { school } = applyCommand(session.school, event.command);
    return { ...session, school, revision: event.revision, history: event.history, status: event.status };
  } catch {
    // Main applied it, so our copy must differ from main's: reload instead of drifting further.
    return null;
  }
}

/** Applies one event from main to the session copy. */
export function receiveSessionEvent(event: SessionEvent): void {
  const snapshot = sessionStore.getSnapshot();
  if (inFlight || snapshot.phase !== 'ready') {
    // Before the first load lands (or during a reload) order matters: keep events for replay.
    if (inFlight || snapshot.phase === 'loading') buffered.push(event);
    return;
  }
  const session = snapshot.session;
  let next: SessionState | null;
  switch (event.type) {
    case 'committed':
      next = applyCommitted(session, event);
      break;
    case 'replaced':
      next = event.session;
      break;
    case 'status':
      next = { ...session, status: event.status };
      break;
    case 'notices':
      next = { ...session, notices: event.notices };
      break;
    default:
      return assertNever(event, 'session event');
  }
  if (next === null) {
    void loadSession();
    return;
  }
  if (next !== session) sessionStore.set({ phase: 'ready', session: next });
}
