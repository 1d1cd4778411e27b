/**
 * The renderer's only door to main: `window.api` (exposed by the preload, or by the test host),
 * with each Result envelope unwrapped so callers write plain async code and catch one error type.
 */
import type { InvokeName } from '../../../shared/ipc/channels';
import type { Api, ArgsOf, ResultOf } from '../../../shared/ipc/contract';
import type { ErrorCode, Result } from '../../../shared/ipc/types';

declare global {
  interface Window {
    readonly api: Api;
  }
}

/** An error main reported through the Result envelope, with its code and plain message. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: ErrorCode | 'unavailable',
    message: string,
  ) {
    super(message);
  }
}

/** The bridge; throws a readable ApiError when the page runs without one (e.g. opened directly). */
export function getApi(): Api {
  const api = (window as Partial<Window>).api;
  if (!api) throw new ApiError('unavailable', 'The app bridge is missing, so the school cannot be loaded. Restart Advisory Planner.');
  return api;
}

/** Returns the value of a Result, or throws it as an ApiError. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new ApiError(result.error.code, result.error.message);
}

/** Calls one API method and unwraps its Result, e.g. `call('commit', { command, label })`. */
export async function call<K extends InvokeName>(name: K, ...args: ArgsOf<K>): Promise<ResultOf<K>> {
  // Viewing the API as a mapped type lets TypeScript pair `name` with its own args and result.
  const api: { readonly [P in InvokeName]: (...a: ArgsOf<P>) => Promise<Result<ResultOf<P>>> } = getApi();
  return unwrap(await api[name](...args));
}

/** Either the value or the plain sentence saying why not (dialogs show it in place). */
export type Answer<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** Runs a request and gives its value, or the reason it failed, as a value. */
export async function answer<T>(work: () => Promise<T>): Promise<Answer<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, message: messageOf(error) };
  }
}

/** A message a person can read, whatever was thrown. */
export function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong that the app did not expect.';
}
