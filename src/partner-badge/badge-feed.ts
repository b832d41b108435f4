import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { WsisErrorEvent, WsisLoadEvent } from '../events/feed-events.js';
import { toFeedError, type FeedError } from '../feed/errors.js';
import { fetchFeedText, parseFeedText, readRefused } from '../feed/fetch.js';
import type { ReadResult } from '../feed/read-document.js';
import { readPartnerFeed } from '../feed/read-partners.js';
import type { Feed } from '../feed/types.js';
import { backoffDelay, refreshSeconds, timerDelay } from '../internal/timer-limits.js';
import type { FeedState } from '../internal/wsis-base.js';

export interface BadgeFeedHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  feed?: unknown;
  refresh?: number;
}

// The badge's reader (event, tiers, partners: feed/read-partners.ts) is in its entry, not a chunk
// of its own: the schemas it needs are shared chunks the entry imports anyway, and one chunk less
// is fewer bytes (its links) and one request less.

/** Requests under way, by URL: the badges of a page that name the same feed share one. */
const pending = new Map<string, Promise<ReadResult>>();
/** The last document read from each URL and its text: an unchanged re-read gives the same result. */
const held = new Map<string, { text: string; result: ReadResult }>();

/** Fetches and reads the feed at an absolute URL (within fetch.ts's time limits). */
function readUrl(url: string): Promise<ReadResult> {
  let request = pending.get(url);
  if (!request) {
    request = (async () => {
      // No validators are sent (so no 304): the browser's HTTP cache revalidates for us.
      const answer = (await fetchFeedText(url, new AbortController().signal))!;
      const last = held.get(url);
      if (last?.text === answer.text) return last.result;
      const json = parseFeedText(answer, url);
      const result = readRefused(json, url, answer.response, readPartnerFeed);
      held.set(url, { text: answer.text, result });
      return result;
    })();
    const done = () => pending.delete(url);
    request.then(done, done);
    pending.set(url, request);
  }
  return request;
}

/**
 * The feed of `<wsis-partner-badge>`, lighter than the other elements' FeedController (no
 * shared registry, no Task): its `.feed` object (which wins) or the document at its `src`, read
 * by the badge's reader; `wsis-load` / `wsis-error` as every element fires them; a document that
 * was good stays after a later failure. With `refresh`, it reads again every `refresh` seconds
 * (clamped as everywhere), after failures less often (the registry's backoff), and not while the
 * page is hidden. Badges naming the same URL share a request under way; other elements naming
 * it read it through the page's registry, so the browser fetches it twice (same origin, its
 * HTTP cache may answer the second request).
 */
export class BadgeFeed implements ReactiveController, FeedState {
  private data?: ReadResult;
  private failure?: FeedError;
  /** What is read: the host's `.feed` object, or else the absolute URL of its `src`. */
  private object?: unknown;
  private url?: string;
  /** The current read (a later one makes an earlier one's outcome stale). */
  private run = 0;
  private busy = false;
  private failures = 0;
  private every = 0;
  private timer?: ReturnType<typeof setTimeout>;
  private connected = false;

  constructor(private readonly host: BadgeFeedHost) {
    host.addController(this);
  }

  /** What the host names: its `.feed` object (which wins), else the absolute URL of its `src`. */
  private target(): { object?: unknown; url?: string } {
    const { feed, src } = this.host;
    if (feed !== undefined && feed !== null) return { object: feed };
    if (!src) return {};
    try {
      return { url: new URL(src, document.baseURI).href };
    } catch {
      return { url: src };
    }
  }

  /** Whether the host names something else than what was last read. */
  private moved(): boolean {
    const { object, url } = this.target();
    return object !== this.object || url !== this.url;
  }

  private read(): void {
    clearTimeout(this.timer);
    const { object, url } = this.target();
    // Another feed (or none): the old one's document is not this one's.
    if (object === undefined && url !== this.url) {
      this.data = undefined;
      this.failure = undefined;
      this.failures = 0;
    }
    this.object = object;
    this.url = url;
    const run = ++this.run;
    let result: Promise<ReadResult> | undefined;
    if (object !== undefined) {
      // Read in a microtask, as a fetched one: a refusal settles like any failure.
      result = Promise.resolve().then(() => readPartnerFeed(object, { baseUrl: document.baseURI }));
    } else if (url !== undefined) {
      result = readUrl(url);
    }
    // Neither yet (a page that sets `.feed` later): the loading state.
    this.busy = result !== undefined;
    result?.then(
      (read) => run === this.run && this.settle(read),
      (error: unknown) => run === this.run && this.settle(undefined, toFeedError(error, url)),
    );
  }

  private settle(result?: ReadResult, error?: FeedError): void {
    this.busy = false;
    if (result) {
      this.failures = 0;
      this.failure = undefined;
      if (result !== this.data) this.host.dispatchEvent(new WsisLoadEvent({ feed: result.feed, warnings: result.warnings }));
      this.data = result;
    } else if (error) {
      this.failures++;
      this.failure = error;
      this.host.dispatchEvent(new WsisErrorEvent({ kind: error.kind, message: error.message, status: error.status }));
    }
    this.host.requestUpdate();
    this.schedule();
  }

  /** The next re-read of a URL, when `refresh` asks for one. */
  private schedule(): void {
    clearTimeout(this.timer);
    this.every = refreshSeconds(this.host.refresh) * 1000;
    if (!this.every || !this.connected || this.url === undefined || this.busy) return;
    this.timer = setTimeout(() => {
      if (!document.hidden) return this.read();
      // Paused while the page is hidden: read once it is shown again.
      document.addEventListener('visibilitychange', () => this.connected && this.timer === undefined && this.read(), { once: true });
      this.timer = undefined;
    }, timerDelay(backoffDelay(this.every, this.failures, Math.random())));
  }

  hostConnected(): void {
    this.connected = true;
    // Back on the page: a document that was read stays (no flash of the loading state).
    if (this.data && !this.moved()) this.schedule();
    else this.read();
  }

  hostUpdate(): void {
    if (!this.connected) return;
    if (this.moved()) this.read();
    else if (refreshSeconds(this.host.refresh) * 1000 !== this.every) this.schedule();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.run++;
    this.busy = false;
    clearTimeout(this.timer);
  }

  get status(): FeedState['status'] {
    return this.data ? 'ready' : this.failure ? 'error' : this.busy ? 'loading' : 'idle';
  }

  get feed(): Feed | undefined {
    return this.data?.feed;
  }

  get error(): FeedError | undefined {
    return this.failure;
  }

  /** Reads the document again (the error state's Retry button). */
  retry(): void {
    this.read();
  }
}
