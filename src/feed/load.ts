import { refreshSeconds, timerDelay } from '../internal/timer-limits.js';
import { FEED_ANSWER_TIMEOUT_MS, FEED_BODY_TIMEOUT_MS, Timeout, within } from './timeout.js';
import { displayUrl } from '../internal/safe-url.js';
import { FeedError } from './errors.js';
import type { ReadResult } from './read.js';

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

/** Longest wait between re-reads after failures, in milliseconds. */
const MAX_BACKOFF = 15 * 60 * 1000;

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

/**
 * Milliseconds until the next re-read: `every` after a success; after `failures` failures in a
 * row, `every` doubled each time up to 15 minutes, times a jitter between 0.5 and 1 (`random`
 * in [0, 1]) so that many pages do not come back at the same instant.
 */
export function backoffDelay(every: number, failures: number, random: number): number {
  if (!failures) return every;
  return Math.min(MAX_BACKOFF, every * 2 ** (failures - 1)) * (0.5 + random / 2);
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

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
  410: 'Gone',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

function sameOrigin(url: string): boolean {
  return typeof location === 'undefined' || new URL(url).origin === location.origin;
}

/** One request: conditional when the entry holds validators, read only when the document changed. */
async function request(entry: Entry, signal: AbortSignal): Promise<ReadResult> {
  const { url } = entry;
  const shown = displayUrl(url);
  // The reader (validation, normalizing) is not in the first download: its code is fetched
  // while the feed is on its way.
  const reader = loadReader();
  const headers: Record<string, string> = { accept: 'application/json' };
  // Same origin: send the validators ourselves and see a 304. Cross-origin, those headers would
  // cost a CORS preflight that many servers refuse, so the browser's cache revalidates instead
  // (`no-cache`) and an unchanged body is recognised by its text.
  const own = sameOrigin(url);
  if (own && entry.result) {
    if (entry.etag) headers['if-none-match'] = entry.etag;
    if (entry.lastModified) headers['if-modified-since'] = entry.lastModified;
  }
  const late = (what: string, seconds: number) =>
    new FeedError('network', `The feed at ${shown} ${what} within ${seconds} seconds.`);
  const started = Date.now();
  let response: Response;
  try {
    response = await within(FEED_ANSWER_TIMEOUT_MS, signal, (timed) =>
      fetch(url, { signal: timed, headers, cache: own ? 'default' : 'no-cache', credentials: 'same-origin' }),
    );
  } catch (cause) {
    if (signal.aborted) throw cause;
    if (cause instanceof Timeout) throw late('did not answer', FEED_ANSWER_TIMEOUT_MS / 1000);
    throw new FeedError(
      'network',
      own
        ? `The feed at ${shown} could not be reached: the network failed or the browser is offline.`
        : `The feed at ${shown} could not be read. It is on another site, so its server must allow this page ` +
            `to read it by sending the header Access-Control-Allow-Origin (for example "Access-Control-Allow-Origin: *"); ` +
            `or the network failed.`,
    );
  }
  if (response.status === 304 && entry.result) return entry.result;
  if (!response.ok) {
    // (A 304 without a document held cannot happen: validators are only sent with one.)
    const reason = response.statusText || REASONS[response.status] || '';
    throw new FeedError('http', `The feed at ${shown} answered ${response.status} ${reason}`.trim(), response.status);
  }
  // The validators are kept only with a document read well from this very answer.
  const keep = () => {
    entry.etag = response.headers.get('etag') ?? undefined;
    entry.lastModified = response.headers.get('last-modified') ?? undefined;
  };
  let text: string;
  try {
    // The body shares the request's signal: the abort after the remaining time cancels it too.
    text = await within(Math.max(0, started + FEED_BODY_TIMEOUT_MS - Date.now()), signal, async (timed) => {
      timed.addEventListener('abort', () => void response.body?.cancel().catch(() => {}), { once: true });
      return response.text();
    });
  } catch (cause) {
    if (signal.aborted) throw cause;
    if (cause instanceof Timeout) throw late('was not complete', FEED_BODY_TIMEOUT_MS / 1000);
    throw new FeedError('network', `The feed at ${shown} was cut off before its end.`);
  }
  if (entry.result && text === entry.text) {
    keep();
    return entry.result;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const type = response.headers.get('content-type') ?? '';
    throw new FeedError(
      'parse',
      `The feed at ${shown} is not valid JSON (${error instanceof Error ? error.message : String(error)})` +
        (/html/i.test(type) ? '. It answered an HTML page: is the URL the feed itself?' : '.'),
    );
  }
  let result: ReadResult;
  try {
    result = (await reader).readFeed(json, { baseUrl: response.url || url });
  } catch (error) {
    const failure = toFeedError(error, url);
    throw new FeedError(failure.kind, `The feed at ${shown} was refused. ${failure.message}`, failure.status);
  }
  entry.text = text;
  keep();
  return result;
}

/**
 * The feed reader's module, fetched on first use (once; a failed fetch is tried again next time).
 * A failure is a `network` FeedError, and never an unhandled rejection when nobody awaits it.
 */
export function loadReader(): Promise<typeof import('./read.js')> {
  readerModule ??= import('./read.js').catch(() => {
    readerModule = undefined;
    throw new FeedError('network', 'The code that reads feeds could not be fetched: the network failed or the browser is offline.');
  });
  readerModule.catch(() => {});
  return readerModule;
}
let readerModule: Promise<typeof import('./read.js')> | undefined;

/** A FeedError of this copy from anything thrown (another copy's FeedError keeps its kind). */
export function toFeedError(error: unknown, url?: string): FeedError {
  if (error instanceof FeedError) return error;
  const like = error as { kind?: unknown; message?: unknown; status?: unknown } | null;
  const kinds = ['network', 'http', 'parse', 'schema', 'version'];
  if (like && typeof like.kind === 'string' && kinds.includes(like.kind) && typeof like.message === 'string') {
    return new FeedError(
      like.kind as FeedError['kind'],
      like.message,
      typeof like.status === 'number' ? like.status : undefined,
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return new FeedError('parse', url ? `The feed at ${displayUrl(url)} could not be read: ${message}` : message);
}
