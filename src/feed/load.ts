import { backoffDelay, refreshSeconds, timerDelay } from '../internal/timer-limits.js';
import { displayUrl } from '../internal/safe-url.js';
import { FeedError, toFeedError } from './errors.js';
import { fetchFeedText, parseFeedText, readRefused } from './fetch.js';
import { readerCode } from './reader-code.js';
import type { ReadResult } from './read.js';

export { backoffDelay, toFeedError };

/**
 * The page's shared feed requests: one entry per absolute URL, shared by every element that
 * names it, and by a second copy of the library (the registry lives on `globalThis` under a
 * `Symbol.for` key and holds plain functions, no classes of either copy).
 */

/** What a subscriber hears: a new document, or a failure (the last good document stays in the entry). */
export interface FeedUpdate {
  result?: ReadResult;
  error?: FeedError;
}

export interface FeedSubscription {
  /** The current document if there is one, else the outcome of the request under way (or a new one). */
  next(signal?: AbortSignal): Promise<ReadResult>;
  /** Reads again now, unless a request is already under way. */
  retry(): void;
  /** Leaves; the last subscriber to leave aborts the request and stops the refresh timer. */
  unsubscribe(): void;
}

interface Subscriber {
  refresh: number;
  listener: (update: FeedUpdate) => void;
}

/** One URL's shared state. Its shape is the contract between copies of the library: only ever add. */
interface Entry {
  url: string;
  subscribers: Set<Subscriber>;
  result?: ReadResult;
  error?: FeedError;
  /** The request under way, settled with the entry's state. */
  pending?: Promise<void>;
  abort?: AbortController;
  etag?: string;
  lastModified?: string;
  /** The raw text of the last document read (for cross-origin re-reads revalidated by the browser). */
  text?: string;
  failures: number;
  timer?: ReturnType<typeof setTimeout>;
  /** A re-read fell due while the page was hidden. */
  due: boolean;
  settled: number;
  onVisible?: () => void;
  subscribe(refresh: number, listener: (update: FeedUpdate) => void): FeedSubscription;
}

interface Registry {
  version: 1;
  entries: Map<string, Entry>;
}

const KEY = Symbol.for('wsis-widgets.feed-registry');

function registry(): Registry {
  const global = globalThis as { [KEY]?: Registry };
  const existing = global[KEY];
  if (existing?.version === 1 && existing.entries instanceof Map) return existing;
  const created: Registry = { version: 1, entries: new Map() };
  // A registry of an unknown shape (a far newer copy) is left alone; this copy keeps its own.
  if (!existing) global[KEY] = created;
  return created;
}

/**
 * Subscribes to the feed at an absolute URL. `refresh` (seconds, 0 for none) asks for background
 * re-reads; the entry re-reads at the shortest interval its subscribers ask for.
 */
export function subscribeFeed(
  url: string,
  refresh: number,
  listener: (update: FeedUpdate) => void,
): FeedSubscription {
  const { entries } = registry();
  let entry = entries.get(url);
  if (!entry) {
    entry = createEntry(url, () => entries.delete(url));
    entries.set(url, entry);
  }
  return entry.subscribe(refresh, listener);
}

/** Fetches and reads the feed at an absolute URL once, through the shared entry. */
export async function loadFeed(url: string, signal?: AbortSignal): Promise<ReadResult> {
  const subscription = subscribeFeed(url, 0, () => {});
  try {
    return await subscription.next(signal);
  } finally {
    subscription.unsubscribe();
  }
}

/** The number of requests under way or documents held, per URL (for tests and debugging). */
export function feedRegistrySize(): number {
  return registry().entries.size;
}

function createEntry(url: string, remove: () => void): Entry {
  const entry: Entry = {
    url,
    subscribers: new Set(),
    failures: 0,
    due: false,
    settled: 0,
    subscribe,
  };

  const interval = () => {
    let shortest = 0;
    for (const s of entry.subscribers) if (s.refresh > 0 && (!shortest || s.refresh < shortest)) shortest = s.refresh;
    return shortest * 1000;
  };

  const notify = (update: FeedUpdate) => {
    for (const s of [...entry.subscribers]) {
      try {
        s.listener(update);
      } catch (error) {
        console.error('wsis-widgets:', error);
      }
    }
  };

  function start(): Promise<void> {
    if (entry.pending) return entry.pending;
    clearTimeout(entry.timer);
    entry.due = false;
    const abort = new AbortController();
    entry.abort = abort;
    const pending = request(entry, abort.signal).then(
      (result) => {
        if (abort.signal.aborted) return;
        const changed = result !== entry.result || entry.error !== undefined;
        entry.failures = 0;
        entry.error = undefined;
        entry.result = result;
        if (changed) notify({ result });
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        entry.failures++;
        entry.error = toFeedError(error, url);
        notify({ result: entry.result, error: entry.error });
      },
    );
    entry.pending = pending.finally(() => {
      if (entry.abort === abort) {
        entry.pending = undefined;
        entry.abort = undefined;
        entry.settled = Date.now();
        schedule();
      }
    });
    return entry.pending;
  }

  /** The next re-read: `refresh` after a success; after failures, doubling with jitter. */
  function schedule(): void {
    clearTimeout(entry.timer);
    entry.timer = undefined;
    const every = interval();
    if (!every || !entry.subscribers.size || entry.pending) return;
    const wait = backoffDelay(every, entry.failures, Math.random());
    const delay = timerDelay(entry.settled + wait - Date.now());
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      if (typeof document !== 'undefined' && document.hidden) {
        // Paused while the page is hidden: read once it is shown again.
        entry.due = true;
        return;
      }
      void start();
    }, delay);
  }

  function subscribe(refresh: number, listener: (update: FeedUpdate) => void): FeedSubscription {
    const subscriber: Subscriber = {
      refresh: refreshSeconds(refresh),
      listener,
    };
    entry.subscribers.add(subscriber);
    if (!entry.onVisible && typeof document !== 'undefined') {
      entry.onVisible = () => {
        if (!document.hidden && entry.due) void start();
      };
      document.addEventListener('visibilitychange', entry.onVisible);
    }
    if (!entry.result && !entry.error) void start();
    else schedule();
    let left = false;
    return {
      next(signal) {
        return new Promise<ReadResult>((resolve, reject) => {
          if (entry.result) return resolve(entry.result);
          const settle = () => {
            signal?.removeEventListener('abort', abandon);
            if (entry.result) resolve(entry.result);
            else reject(entry.error ?? new FeedError('network', `The feed at ${displayUrl(url)} could not be read.`));
          };
          const abandon = () => reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
          if (signal?.aborted) return abandon();
          signal?.addEventListener('abort', abandon, { once: true });
          // After a failure, asking again is a retry; otherwise wait for the request under way.
          void (entry.pending ?? start()).then(settle);
        });
      },
      retry() {
        if (!left) void start();
      },
      unsubscribe() {
        if (left) return;
        left = true;
        entry.subscribers.delete(subscriber);
        if (entry.subscribers.size) return schedule();
        entry.abort?.abort();
        entry.pending = undefined;
        entry.abort = undefined;
        clearTimeout(entry.timer);
        if (entry.onVisible) document.removeEventListener('visibilitychange', entry.onVisible);
        remove();
      },
    };
  }

  return entry;
}

/** One request: conditional when the entry holds validators, read only when the document changed. */
async function request(entry: Entry, signal: AbortSignal): Promise<ReadResult> {
  const { url } = entry;
  // The reader (validation, normalizing) is not in the first download: its code is fetched
  // while the feed is on its way.
  const reader = loadReader();
  // Validators go with a document held (fetchFeedText sends them to the page's own origin only,
  // and recognises an unchanged cross-origin body by its text instead: see below).
  const headers: Record<string, string> = {};
  if (entry.result) {
    if (entry.etag) headers['if-none-match'] = entry.etag;
    if (entry.lastModified) headers['if-modified-since'] = entry.lastModified;
  }
  const answer = await fetchFeedText(url, signal, headers, entry.result !== undefined);
  if (!answer) return entry.result!;
  const { response, text } = answer;
  // The validators are kept only with a document read well from this very answer.
  const keep = () => {
    entry.etag = response.headers.get('etag') ?? undefined;
    entry.lastModified = response.headers.get('last-modified') ?? undefined;
  };
  if (entry.result && text === entry.text) {
    keep();
    return entry.result;
  }
  const json = parseFeedText(answer, url);
  const result = readRefused(json, url, response, (await reader).readFeed);
  entry.text = text;
  keep();
  return result;
}

/**
 * The feed reader's module, fetched on first use (once; a failed fetch is tried again next time).
 * A failure is a `network` FeedError, and never an unhandled rejection when nobody awaits it.
 */
export const loadReader = /* @__PURE__ */ readerCode(() => import('./read.js'));
