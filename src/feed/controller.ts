import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { WsisErrorEvent, WsisLoadEvent } from '../events/feed-events.js';
import { displayUrl } from '../internal/safe-url.js';
import { refreshSeconds } from '../internal/timer-limits.js';
import { FeedError } from './errors.js';
import { loadReader, subscribeFeed, toFeedError, type FeedSubscription, type FeedUpdate } from './load.js';
import type { ReadResult } from './read.js';
import type { Feed, FeedWarning } from './types.js';

export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  feed?: unknown;
  refresh?: number;
}

export type FeedStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * Gives an element the feed named by its `src` (or handed over as `.feed`) with its state, and
 * fires `wsis-load` / `wsis-error`. The request is the page's shared one for that URL
 * (load.ts): subscribed while the element is connected, left when it is disconnected. A
 * document that was good stays after a later failure (`feed` and `error` are then both set).
 */
export class FeedController implements ReactiveController {
  /** The last document read well; kept when a later read fails. */
  data?: ReadResult;
  private failure?: FeedError;
  private subscription?: FeedSubscription;
  /** The URL and refresh of the current subscription. */
  private subscribed?: { url: string; refresh: number };
  /** The URL `data` came from (undefined for a `.feed` object). */
  private source?: string;
  private connected = false;
  /**
   * The read under way, one at a time (a later one aborts it and wins), started on the first
   * update and again whenever `src` (as a URL) or `.feed` changes. Hand-written rather than
   * @lit/task's Task, which did the same with 0.6 KB gzip more in every page's first download.
   */
  private run?: { url?: string; feed: unknown; abort: AbortController };
  /** No read has begun, or the last one found neither `src` nor `.feed` (the `idle` status). */
  private idle = true;

  constructor(private readonly host: FeedHost) {
    host.addController(this);
  }

  /** The document for `src` or `.feed`; undefined when there is neither. */
  private async read(url: string | undefined, feed: unknown, signal: AbortSignal): Promise<ReadResult | undefined> {
    if (feed !== undefined && feed !== null) return (await loadReader()).readFeed(feed, { baseUrl: document.baseURI });
    // Neither yet: a page that sets `.feed` from its own script later; show the loading state.
    if (!url) return undefined;
    this.sync();
    if (!this.subscription) throw new FeedError('network', `The feed at ${displayUrl(url)} is not being read.`);
    return this.subscription.next(signal);
  }

  /** Reads what the host names now; the outcome of an earlier read still under way is ignored. */
  private async start(): Promise<void> {
    this.run?.abort.abort();
    const run = { url: this.url(), feed: this.host.feed, abort: new AbortController() };
    this.run = run;
    this.idle = false;
    this.host.requestUpdate();
    let result: ReadResult | undefined;
    try {
      result = await this.read(run.url, run.feed, run.abort.signal);
    } catch (error) {
      if (this.run !== run || (error as { name?: unknown } | null)?.name === 'AbortError') return;
      this.reject(toFeedError(error));
      return;
    }
    if (this.run !== run) return;
    if (result) this.accept(result);
    else {
      this.idle = true;
      this.host.requestUpdate();
    }
  }

  /** The absolute URL of `src`, or undefined when none (or when `.feed` wins). */
  private url(): string | undefined {
    const { src, feed } = this.host;
    if ((feed !== undefined && feed !== null) || !src) return undefined;
    try {
      return new URL(src, document.baseURI).href;
    } catch {
      return src;
    }
  }

  /** Subscribes to the URL the host names now (and leaves the previous one). */
  private sync(): void {
    const url = this.connected ? this.url() : undefined;
    const refresh = refreshSeconds(this.host.refresh);
    if (this.subscribed?.url === url && this.subscribed?.refresh === refresh) return;
    const previous = this.subscription;
    if (url !== undefined && this.source !== undefined && url !== this.source) {
      // Another feed: the old one's document is not this one's. (Leaving the page, or being
      // moved within it, keeps the document: a moved element does not flash its loading state.)
      this.data = undefined;
      this.failure = undefined;
      this.source = undefined;
    }
    this.subscription = undefined;
    this.subscribed = undefined;
    if (url) {
      this.subscribed = { url, refresh };
      this.subscription = subscribeFeed(url, refresh, (update) => this.hear(update));
    }
    // Leave after joining, so a change of `refresh` alone does not drop the shared request.
    previous?.unsubscribe();
  }

  /** A later document, or a failed re-read, from the shared request. */
  private hear(update: FeedUpdate): void {
    if (update.error) {
      // The first failure is the Task's to report (its run is waiting on the same request).
      if (this.data) this.reject(update.error);
    } else if (update.result) {
      this.accept(update.result);
    }
  }

  private accept(result: ReadResult): void {
    const fresh = result !== this.data;
    this.data = result;
    this.source = this.subscribed?.url;
    const recovered = this.failure !== undefined;
    this.failure = undefined;
    if (fresh) this.host.dispatchEvent(new WsisLoadEvent({ feed: result.feed, warnings: result.warnings }));
    if (fresh || recovered) this.host.requestUpdate();
  }

  private reject(error: FeedError): void {
    this.failure = error;
    this.host.dispatchEvent(new WsisErrorEvent({ kind: error.kind, message: error.message, status: error.status }));
    this.host.requestUpdate();
  }

  hostConnected(): void {
    const reconnected = this.subscribed === undefined && !this.idle;
    this.connected = true;
    this.sync();
    // Back on the page after leaving mid-request: `src` did not change, so ask again.
    if (reconnected && this.subscription && !this.data) void this.start();
  }

  hostUpdate(): void {
    // `src` or `refresh` changed: follow; a new URL or `.feed` is read again.
    if (this.connected) this.sync();
    const run = this.run;
    if (!run || run.url !== this.url() || run.feed !== this.host.feed) void this.start();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.run?.abort.abort();
    this.sync();
  }

  get status(): FeedStatus {
    if (this.data) return 'ready';
    if (this.failure) return 'error';
    return this.idle ? 'idle' : 'loading';
  }

  get feed(): Feed | undefined {
    return this.data?.feed;
  }

  get warnings(): FeedWarning[] {
    return this.data?.warnings ?? [];
  }

  /** Why the last read failed, if it did (with `feed` still set when a re-read failed). */
  get error(): FeedError | undefined {
    return this.failure;
  }

  /** Reads the document again (the error state's Retry button). */
  retry(): void {
    this.subscription?.retry();
    void this.start();
  }
}
