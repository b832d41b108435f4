// Time limits of a feed request, apart from the loader that applies them.

/**
 * How long a feed may take (docs/feed.md, "Limits"): 15 s for the server to start answering, 60 s
 * for the whole document (a 20 MB feed on a slow line still arrives). Past either, the request is
 * aborted and the element shows its error state with Retry, instead of "Loading…" for ever.
 */
export const FEED_ANSWER_TIMEOUT_MS = 15_000;
export const FEED_BODY_TIMEOUT_MS = 60_000;

/** Thrown by `within` when its time ran out. */
export class Timeout extends Error {}

/** `work` with a signal that aborts with `signal` or after `ms` (then rejecting with a Timeout). */
export async function within<T>(ms: number, signal: AbortSignal, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const abort = new AbortController();
  const forward = () => abort.abort(signal.reason);
  signal.addEventListener('abort', forward, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abort.abort();
  }, ms);
  try {
    return await work(abort.signal);
  } catch (error) {
    throw timedOut ? new Timeout() : error;
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', forward);
  }
}
