import { nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { emit } from '../events/emit.js';
import { WsisLiveErrorEvent } from '../events/stats-events.js';
import type { Feed, Stat } from '../feed/types.js';
import { viewOf, type ViewSource } from '../internal/element-view.js';
import { LazyModule } from '../internal/lazy-module.js';
import { WsisElement } from '../internal/wsis-element.js';
import type { Notation } from './format.js';
import type { LiveMode } from './live-controller.js';
import type { LiveFigures } from './live-figures.js';
import type { Counter, StatsCounterView } from './model.js';
import { pickStats } from './pick.js';

export { pickStats } from './pick.js';

let liveModule: Promise<typeof import('./live-figures.js')> | undefined;

/**
 * Headline figures that count up when they first scroll into view, read well in the six UN
 * languages, and stay live from a polled JSON document or an event stream.
 *
 * @summary Headline figures ("50,000+ attendees") that count up and stay live.
 * @tag wsis-stats-counter
 *
 * @attr {string} src - URL of a feed (feed-v1); its `stats` are shown.
 * @attr {string} stats - Comma-separated stat ids to show, in this order. Default: all, in feed order.
 * @attr {string} live-src - URL of a live statistics document (JSON, polled) or of a `text/event-stream`.
 * @attr {number} interval - Seconds between polls of `live-src` (± 10 % jitter). Default 30.
 * @attr {'auto'|'poll'|'stream'} live-mode - How to read `live-src`: `auto` (default) polls and switches to an EventSource when the answer is `text/event-stream`; `poll` never opens a stream; `stream` opens an EventSource at once.
 * @attr {number} duration - Milliseconds of the count-up. Default 1500; 0 shows figures at once, as `prefers-reduced-motion: reduce` does.
 * @attr {'standard'|'compact'} notation - `compact` shows "50K", "5万", "50 тыс.". Default `standard`.
 * @attr {'auto'|'reduce'} motion - `reduce` never animates, whatever the visitor's setting (which `auto` follows).
 * @attr {boolean} show-updated - Shows when the live figures were last updated ("Updated 2 minutes ago").
 * @attr {boolean} show-descriptions - Shows each figure's description under it (it is always the figure's accessible description).
 *
 * @fires {WsisStatsUpdateEvent} wsis-stats-update - A live document was merged: `detail: {stats, changed, generated?, source}`.
 * @fires {WsisLiveErrorEvent} wsis-live-error - `live-src` failed; the figures stay and it is retried: `detail: {message, status?, retryIn}`.
 * @fires {WsisLoadEvent} wsis-load - The feed was read: `detail: {feed, warnings}`.
 * @fires {WsisErrorEvent} wsis-error - The feed could not be read: `detail: {kind, message, status?}`.
 *
 * @csspart root - The element's box.
 * @csspart stats - The list of figures.
 * @csspart stat - One figure (with `data-id` = the stat's id).
 * @csspart stat-value - The figure as shown, with its qualifier ("50,000+"); hidden from screen readers, which hear the settled figure.
 * @csspart stat-qualifier - The qualifier's words inside `stat-value` ("plus de", "about"), set smaller than the number.
 * @csspart stat-unit - The figure's unit, if any.
 * @csspart stat-label - The figure's label.
 * @csspart stat-description - The figure's description (visually hidden unless `show-descriptions`).
 * @csspart updated - The "Updated 2 minutes ago" line.
 * @csspart loading - Shown while the first feed loads.
 * @csspart error - Shown when no feed could be read, with a retry button.
 * @csspart retry - The retry button of the error state.
 * @csspart empty - Shown when no figure is left to show.
 *
 * @cssprop [--wsis-stats-counter-min-column=160px] - Narrowest column of the grid of figures.
 * @cssprop [--wsis-stats-counter-gap=24px] - Space between figures.
 * @cssprop [--wsis-stats-counter-value-size=40px] - Font size of the figures.
 * @cssprop [--wsis-stats-counter-value-color=var(--wsis-color-accent)] - Colour of the figures.
 * @cssprop [--wsis-stats-counter-align=center] - Text alignment of each figure (`start`, `center`, `end`).
 */
export class WsisStatsCounter extends WsisElement {
  /** Comma-separated stat ids to show, in display order; default all, in feed order. */
  @property() stats?: string;

  /** URL of a live statistics document or event stream. */
  @property({ attribute: 'live-src' }) liveSrc?: string;

  /** Seconds between polls of `live-src`. */
  @property({ type: Number }) interval = 30;

  /** How `live-src` is read: `auto`, `poll` or `stream`. */
  @property({ attribute: 'live-mode' }) liveMode: LiveMode = 'auto';

  /** Milliseconds of the count-up animation. */
  @property({ type: Number }) duration = 1500;

  /** `standard` or `compact` number notation. */
  @property() notation: Notation = 'standard';

  /** `auto` follows `prefers-reduced-motion`; `reduce` never animates. */
  @property() motion: 'auto' | 'reduce' = 'auto';

  /** Shows the "Updated … ago" line once live figures arrived. */
  @property({ attribute: 'show-updated', type: Boolean }) showUpdated = false;

  /** Shows the descriptions (always given as accessible descriptions). */
  @property({ attribute: 'show-descriptions', type: Boolean }) showDescriptions = false;

  /**
   * The live figures: set once `live-src` was set and the code that reads it arrived (a module
   * of its own, so that a counter without live figures never downloads it).
   * @internal
   */
  live?: LiveFigures;
  /**
   * The live code was asked for (and is on its way, or here), or its download failed: then it is
   * asked for again for a new `live-src`, or when the element is put back on the page.
   * (One download for all counters: `liveModule`.)
   */
  private liveCode?: 'asked' | 'failed';

  /**
   * Downloads the live code (a module of its own), once for all counters; after a failure, the
   * next call asks again.
   * @internal
   */
  static loadLive = () =>
    (liveModule ??= import('./live-figures.js').catch((error: unknown) => {
      liveModule = undefined;
      throw error;
    }));

  /** The view (stats-counter-view.ts): attached by src/define/stats-counter.ts, else loaded. */
  static view?: ViewSource<StatsCounterView>;

  protected override viewCode = new LazyModule<StatsCounterView>(this, `<${this.localName}>`, () =>
    viewOf(this.constructor as typeof WsisStatsCounter),
  );

  /** The view's own state (the count-up), made by the view once it is here. */
  private counter?: Counter;
  /** The figures shown, derived again only when the feed, the live figures or `stats` changed. */
  private shown: Stat[] = [];
  private shownFrom: unknown[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.liveCode === 'failed') this.liveCode = undefined;
    this.startLive();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('liveSrc') && this.liveCode === 'failed') this.liveCode = undefined;
    this.startLive();
    const view = this.viewCode.module;
    const feed = this.feedState.feed;
    if (!view || !feed) return;
    this.counter ??= view.counter(this);
    const { live, stats } = this;
    // The live figures change in place: their `version` tells a new document.
    const from = [feed, live?.version, stats];
    if (from.some((value, i) => value !== this.shownFrom[i])) {
      this.shown = live ? live.shown(feed) : pickStats(feed.stats, stats);
      this.shownFrom = from;
    }
  }

  protected override renderFeed(): unknown {
    const view = this.viewCode.module;
    if (!view || !this.counter) return nothing;
    const { shown, notation, showDescriptions, counter } = this;
    const updatedAt = this.showUpdated ? this.live?.updatedAt : undefined;
    return view.render({ ctx: this.context, shown, notation, showDescriptions, updatedAt, counter });
  }

  /** Live figures that changed: announced politely in the element's language (once the view is here). */
  private announceChanges(stats: Stat[]): void {
    const view = this.viewCode.module;
    if (view) this.announcer.announce(view.changes(stats, this.context, this.notation));
  }

  /** The live code, once here: its figures start when the element has read its feed. */
  private liveFigures?: typeof import('./live-figures.js');

  /**
   * Asks for the live code when `live-src` is set, and starts it once the code is here and the
   * feed is read: a live document is always compared with the feed's figures (`changed`), and
   * none is heard before there is something to show (the feed reader loads on demand).
   */
  private startLive(): void {
    const code = this.liveFigures;
    if (code) {
      if (!this.live && this.isConnected && this.feedState.feed) {
        this.live = new code.LiveFigures(this, {
          feed: (): Feed | undefined => this.feedState.feed,
          changed: (stats) => this.announceChanges(stats),
        });
      }
      return;
    }
    if (!this.liveSrc || this.liveCode || !this.isConnected) return;
    this.liveCode = 'asked';
    (this.constructor as typeof WsisStatsCounter).loadLive().then(
      (module) => {
        this.liveFigures = module;
        // Removed from the page before the code arrived: started when it is put back.
        if (this.isConnected) this.requestUpdate();
        else this.liveCode = undefined;
      },
      () => {
        this.liveCode = 'failed';
        emit(this, new WsisLiveErrorEvent({ message: 'The code that reads live-src could not be loaded.', retryIn: 0 }));
      },
    );
  }
}
