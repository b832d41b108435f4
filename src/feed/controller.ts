import { initialState, Task, TaskStatus } from '@lit/task';
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
  private readonly task: Task<[string | undefined, unknown], ReadResult>;

  constructor(private readonly host: FeedHost) {
    host.addController(this);
    this.task = new Task(host, {
      args: () => [this.url(), host.feed] as [string | undefined, unknown],
      task: async ([url, feed], { signal }) => {
        if (feed !== undefined && feed !== null) return (await loadReader()).readFeed(feed, { baseUrl: document.baseURI });
        // Neither yet: a page that sets `.feed` from its own script later; show the loading state.
        if (!url) return initialState;
        this.sync();
        if (!this.subscription) throw new FeedError('network', `The feed at ${displayUrl(url)} is not being read.`);
        return this.subscription.next(signal);
      },
      onComplete: (result) => this.accept(result),
      onError: (error) => {
        if ((error as { name?: unknown } | null)?.name === 'AbortError') return;
        this.reject(toFeedError(error));
      },
    });
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
    const reconnected = this.subscribed === undefined && this.task.status !== TaskStatus.INITIAL;
    this.connected = true;
    this.sync();
    // Back on the page after leaving mid-request: the Task's args did not change, so ask again.
    if (reconnected && this.subscription && !this.data) void this.task.run();
  }

  hostUpdate(): void {
    // `src` or `refresh` changed: follow (the Task re-runs itself when its args change).
    if (this.connected) this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.task.abort();
    this.sync();
  }

  get status(): FeedStatus {
    if (this.data) return 'ready';
    if (this.failure) return 'error';
    return this.task.status === TaskStatus.INITIAL ? 'idle' : 'loading';
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
    void this.task.run();
  }
}
