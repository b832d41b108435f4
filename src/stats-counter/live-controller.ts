import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { safeUrl } from '../internal/safe-url.js';
import { clampTimer, INTERVAL_LIMIT, timerDelay } from '../internal/timer-limits.js';
import { readLiveDocument, type LiveDocument } from './live-document.js';

export type LiveMode = 'auto' | 'poll' | 'stream';

export interface LiveHost extends ReactiveControllerHost, HTMLElement {
  liveSrc?: string;
  /** Seconds between polls. */
  interval: number;
  liveMode: LiveMode;
}

export interface LiveFailure {
  message: string;
  status?: number;
  /** Milliseconds until the next attempt. */
  retryIn: number;
}

export interface LiveCallbacks {
  onDocument(doc: LiveDocument, source: 'poll' | 'stream'): void;
  onError(failure: LiveFailure): void;
}

/** ± share of the interval added at random to every delay, so that viewers do not poll in step. */
export const JITTER = 0.1;
/** Longest wait between attempts while the live document keeps failing. */
export const MAX_BACKOFF_MS = 10 * 60 * 1000;
/** First wait before reconnecting a dropped event stream (capped by the interval). */
const STREAM_RETRY_MS = 3000;
/** Longest wait for one answer (or the interval, if longer). */
const REQUEST_TIMEOUT_MS = 10_000;

class LiveError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

const jittered = (ms: number): number => Math.round(ms * (1 + (Math.random() * 2 - 1) * JITTER));

/**
 * Keeps the figures of `live-src` coming while the host is connected and the page is visible.
 *
 * - Polling (`live-mode="poll"`, or `auto` when the answer is JSON): one GET now, then one every
 *   `interval` seconds ± 10 %. Requests use `cache: 'no-cache'`: the browser revalidates its
 *   copy with `If-None-Match` / `If-Modified-Since` on every poll (a 304 from the CDN costs a few
 *   hundred bytes) instead of serving a copy up to max-age old; the browser adds these headers
 *   itself, so a cross-origin `live-src` needs no CORS preflight. A body equal to the last one
 *   is not parsed again.
 *   After a failure the wait doubles (2×, 4× … the interval, at most 10 minutes); the first
 *   success resets it. The last good figures stay.
 * - Event stream (`live-mode="stream"`, or `auto` when the first answer is `text/event-stream`):
 *   an EventSource whose `data:` lines each carry a live document; when it drops, it is
 *   reopened after 3 s (or the interval, if shorter), doubling on each further failure.
 * - While `document.hidden`, nothing runs: the timer is cleared, a request in flight is aborted,
 *   the stream is closed; on return a poll is made as soon as the interval since the last is over.
 * - On disconnect, everything stops.
 */
export class LiveStatsController implements ReactiveController {
  /** `Date.now()` of the last answer that was read well (or unchanged). */
  checkedAt?: number;
  /** Failures in a row. */
  failures = 0;

  private connected = false;
  private running?: string;
  private streaming = false;
  private timer?: number;
  private request?: AbortController;
  private source?: EventSource;
  private lastBody?: string;
  private lastAttempt = 0;

  constructor(
    private readonly host: LiveHost,
    private readonly callbacks: LiveCallbacks,
  ) {
    host.addController(this);
  }

  /** The absolute http(s) URL to read, if any. */
  get url(): string | undefined {
    const src = this.host.liveSrc?.trim();
    if (!src) return undefined;
    try {
      return safeUrl(new URL(src, document.baseURI).href);
    } catch {
      return undefined;
    }
  }

  private get intervalMs(): number {
    // Zero or less reads as the default; the rest is clamped to 1 s … 24.8 days (timer-limits.ts).
    const interval = this.host.interval > 0 ? this.host.interval : INTERVAL_LIMIT.fallback;
    return clampTimer(interval, INTERVAL_LIMIT) * 1000;
  }

  private get config(): string {
    return `${this.url ?? ''}|${this.intervalMs}|${this.host.liveMode}`;
  }

  hostConnected(): void {
    this.connected = true;
    document.addEventListener('visibilitychange', this.visibilityChanged);
    this.begin();
  }

  hostDisconnected(): void {
    this.connected = false;
    document.removeEventListener('visibilitychange', this.visibilityChanged);
    this.stop();
    this.running = undefined;
  }

  /** Restarts when `live-src`, `interval` or `live-mode` changed. */
  hostUpdate(): void {
    if (this.connected && this.config !== this.running) this.begin();
  }

  private begin(): void {
    this.stop();
    this.running = this.config;
    this.streaming = this.host.liveMode === 'stream';
    this.lastBody = undefined;
    this.failures = 0;
    this.resume();
  }

  private resume(): void {
    if (!this.connected || !this.url || document.hidden) return;
    if (this.streaming) {
      this.openStream();
    } else {
      const since = Date.now() - this.lastAttempt;
      this.schedule(this.failures > 0 ? 0 : Math.max(0, this.intervalMs - since));
    }
  }

  private stop(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.request?.abort();
    this.request = undefined;
    this.source?.close();
    this.source = undefined;
  }

  private readonly visibilityChanged = (): void => {
    if (document.hidden) this.stop();
    else if (!this.timer && !this.request && !this.source) this.resume();
  };

  private schedule(delay: number): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.timer = undefined;
      void this.poll();
    }, timerDelay(delay));
  }

  private fail(error: unknown, base: number): number {
    this.failures += 1;
    const delay = Math.min(MAX_BACKOFF_MS, jittered(base * 2 ** this.failures));
    const message = error instanceof Error ? error.message : String(error);
    this.callbacks.onError({ message, status: error instanceof LiveError ? error.status : undefined, retryIn: delay });
    return delay;
  }

  private async poll(): Promise<void> {
    const url = this.url;
    if (!url || !this.connected) return;
    const request = new AbortController();
    this.request = request;
    this.lastAttempt = Date.now();
    // A server that never finishes its answer must not stop the polling.
    let timedOut = false;
    const deadline = window.setTimeout(() => {
      timedOut = true;
      request.abort();
    }, timerDelay(Math.max(REQUEST_TIMEOUT_MS, this.intervalMs)));
    try {
      const response = await fetch(url, {
        signal: request.signal,
        cache: 'no-cache',
        headers: { Accept: 'application/json, text/event-stream;q=0.9' },
      });
      if (/^text\/event-stream/i.test(response.headers.get('content-type') ?? '')) {
        request.abort();
        if (this.host.liveMode !== 'auto') {
          throw new LiveError('live-src is an event stream; set live-mode="stream" (or "auto") to read it.');
        }
        this.request = undefined;
        this.streaming = true;
        this.openStream();
        return;
      }
      if (response.status !== 304) {
        if (!response.ok) throw new LiveError(`The live figures answered HTTP ${response.status}.`, response.status);
        const body = await response.text();
        if (body !== this.lastBody) {
          let parsed: unknown;
          try {
            parsed = JSON.parse(body);
          } catch {
            throw new LiveError('The live figures are not JSON.');
          }
          const doc = readLiveDocument(parsed);
          if (!doc) throw new LiveError('The live figures are not a version 1 live statistics document.');
          this.lastBody = body;
          this.callbacks.onDocument(doc, 'poll');
        }
      }
      this.failures = 0;
      this.checkedAt = Date.now();
      if (this.request === request) this.schedule(jittered(this.intervalMs));
    } catch (error) {
      if (this.request !== request || (request.signal.aborted && !timedOut && !(error instanceof LiveError))) return;
      let failure = error;
      // A network failure is a TypeError ("Failed to fetch"); say what it means.
      if (timedOut) failure = new LiveError('The live figures did not arrive in time.');
      else if (error instanceof TypeError) failure = new LiveError('The live figures could not be reached.');
      this.schedule(this.fail(failure, this.intervalMs));
    } finally {
      clearTimeout(deadline);
      if (this.request === request) this.request = undefined;
    }
  }

  private openStream(): void {
    const url = this.url;
    if (!url || !this.connected || document.hidden) return;
    const source = new EventSource(url);
    this.source = source;
    source.addEventListener('open', () => {
      this.failures = 0;
      this.checkedAt = Date.now();
    });
    source.addEventListener('message', (event: MessageEvent<string>) => {
      let doc;
      try {
        doc = readLiveDocument(JSON.parse(event.data));
      } catch {
        doc = undefined;
      }
      if (!doc) {
        this.callbacks.onError({ message: 'A live stream message is not a live statistics document.', retryIn: 0 });
        return;
      }
      this.checkedAt = Date.now();
      this.callbacks.onDocument(doc, 'stream');
    });
    source.addEventListener('error', () => {
      if (this.source !== source) return;
      // Reconnect ourselves, with backoff, rather than let the browser retry at its own pace.
      source.close();
      this.source = undefined;
      const base = Math.min(STREAM_RETRY_MS, this.intervalMs) / 2;
      const delay = this.fail(new LiveError('The live stream was interrupted.'), base);
      if (this.timer !== undefined) clearTimeout(this.timer);
      this.timer = window.setTimeout(() => {
        this.timer = undefined;
        this.openStream();
      }, delay);
    });
  }
}
