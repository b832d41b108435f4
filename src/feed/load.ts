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

/**
 * How much of a document a subscriber needs read: `all` its sections (the default), or only
 * `partners` (version, event, tiers and partners: read-partners.ts). An entry reads the widest
 * that its subscribers need, and a subscriber that needs no more than that takes it as it is.
 */
export type FeedSections = 'all' | 'partners';

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
  sections: FeedSections;
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
  /** The sections `result` holds (absent: all), and the parsed document it was read from (to read more of it). */
  sections?: FeedSections;
  json?: unknown;
  /** The URL the document held came from, after redirects (the base of its relative URLs). */
  base?: string;
  /** The document held being read for every section (see `widen`). */
  widening?: Promise<void>;
  failures: number;
  timer?: ReturnType<typeof setTimeout>;
  /** A re-read fell due while the page was hidden. */
  due: boolean;
  settled: number;
  onVisible?: () => void;
  subscribe(refresh: number, listener: (update: FeedUpdate) => void, sections?: FeedSections): FeedSubscription;
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
  sections: FeedSections = 'all',
): FeedSubscription {
  const { entries } = registry();
  let entry = entries.get(url);
  if (!entry) {
    entry = createEntry(url, () => entries.delete(url));
    entries.set(url, entry);
  }
  return entry.subscribe(refresh, listener, sections);
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

  /** `all` when a subscriber needs every section (or none is left), else `partners`. */
  const wanted = (): FeedSections =>
    entry.subscribers.size && [...entry.subscribers].every((s) => s.sections === 'partners') ? 'partners' : 'all';
  /** Whether the document held is read far enough for `sections`. */
  const covers = (sections: FeedSections) => (entry.sections ?? 'all') === 'all' || sections === 'partners';

  function start(): Promise<void> {
    if (entry.pending) return entry.pending;
    clearTimeout(entry.timer);
    entry.due = false;
    const abort = new AbortController();
    entry.abort = abort;
    const pending = request(entry, abort.signal, wanted()).then(
      (read) => {
        if (abort.signal.aborted) return;
        const { result } = read;
        const changed = result !== entry.result || entry.error !== undefined;
        entry.failures = 0;
        entry.error = undefined;
        hold(read);
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

  /** Keeps a document read well, with what it was read from. */
  function hold(read: Read): void {
    entry.result = read.result;
    if (read.json === undefined) return;
    entry.json = read.json;
    entry.base = read.base;
    entry.sections = read.sections;
  }

  /**
   * Reads the document held for every section, without fetching it again: a subscriber needs
   * more than the partner sections it was read for. Nobody else is told (the document is the
   * same); a failure (the reader's code could not be fetched) is that subscriber's alone.
   */
  function widen(): Promise<void> {
    entry.widening ??= readAs(entry.json, entry.base ?? url, 'all', url)
      .then(hold)
      .finally(() => (entry.widening = undefined));
    return entry.widening;
  }

  function subscribe(refresh: number, listener: (update: FeedUpdate) => void, sections?: FeedSections): FeedSubscription {
    const subscriber: Subscriber = {
      refresh: refreshSeconds(refresh),
      listener,
      sections: sections === 'partners' ? 'partners' : 'all',
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
          const held = () => (entry.result && covers(subscriber.sections) ? entry.result : undefined);
          if (held()) return resolve(held()!);
          const settle = () => {
            signal?.removeEventListener('abort', abandon);
            const result = held();
            if (result) resolve(result);
            else reject(entry.error ?? new FeedError('network', `The feed at ${displayUrl(url)} could not be read.`));
          };
          const abandon = () => reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
          if (signal?.aborted) return abandon();
          signal?.addEventListener('abort', abandon, { once: true });
          // After a failure, asking again is a retry; otherwise wait for the request under way.
          // A document read for fewer sections than this subscriber needs is read further.
          const further = () => (entry.result && !held() ? widen() : undefined);
          void (entry.pending ?? further() ?? start())
            .then(() => (signal?.aborted ? undefined : further()))
            .then(settle, (error: unknown) => {
              signal?.removeEventListener('abort', abandon);
              reject(toFeedError(error, url));
            });
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

/** A document read, with the parsed value, base URL and sections it was read from (absent when unchanged). */
interface Read {
  result: ReadResult;
  json?: unknown;
  base?: string;
  sections?: FeedSections;
}

/** One request: conditional when the entry holds validators, read only when the document changed. */
async function request(entry: Entry, signal: AbortSignal, sections: FeedSections): Promise<Read> {
  const { url } = entry;
  // The reader (validation, normalizing) is not in the first download: its code is fetched
  // while the feed is on its way.
  void readerFor(sections).catch(() => {});
  // Validators go with a document held (fetchFeedText sends them to the page's own origin only,
  // and recognises an unchanged cross-origin body by its text instead: see below).
  const headers: Record<string, string> = {};
  if (entry.result) {
    if (entry.etag) headers['if-none-match'] = entry.etag;
    if (entry.lastModified) headers['if-modified-since'] = entry.lastModified;
  }
  const answer = await fetchFeedText(url, signal, headers, entry.result !== undefined);
  if (!answer) return { result: entry.result! };
  const { response, text } = answer;
  // The validators are kept only with a document read well from this very answer.
  const keep = () => {
    entry.etag = response.headers.get('etag') ?? undefined;
    entry.lastModified = response.headers.get('last-modified') ?? undefined;
  };
  // Unchanged, and read far enough (a document read for every section serves `partners` too).
  if (entry.result && text === entry.text && ((entry.sections ?? 'all') === 'all' || sections === 'partners')) {
    keep();
    return { result: entry.result };
  }
  const read = await readAs(parseFeedText(answer, url), response.url || url, sections, url);
  entry.text = text;
  keep();
  return read;
}

/**
 * Reads a parsed document for `sections` against `base` (the URL it came from, after redirects);
 * a refusal names the feed's `url`.
 */
async function readAs(json: unknown, base: string, sections: FeedSections, url = base): Promise<Read> {
  const { read } = await readerFor(sections);
  return { result: readRefused(json, url, { url: base }, read), json, base, sections };
}

/** The reader of `sections`: the whole feed v1 reader, or the lighter one of the partner sections. */
function readerFor(sections: FeedSections): Promise<{ read: (value: unknown, options: { baseUrl?: string }) => ReadResult }> {
  return sections === 'partners'
    ? loadPartnerReader().then((m) => ({ read: m.readPartnerFeed }))
    : loadReader().then((m) => ({ read: m.readFeed }));
}

/**
 * The feed reader's module, fetched on first use (once; a failed fetch is tried again next time).
 * A failure is a `network` FeedError, and never an unhandled rejection when nobody awaits it.
 */
export const loadReader = /* @__PURE__ */ readerCode(() => import('./read.js'));
/** The reader of the partner sections alone (a page whose elements show only partners). */
const loadPartnerReader = /* @__PURE__ */ readerCode(() => import('./read-partners.js'));
