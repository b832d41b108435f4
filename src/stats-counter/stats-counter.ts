import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { WsisLiveErrorEvent, WsisStatsUpdateEvent } from '../events/stats-events.js';
import { textFor } from '../feed/text.js';
import type { Feed, Stat } from '../feed/types.js';
import { prefersReducedMotion } from '../internal/media-query.js';
import { WsisElement } from '../internal/wsis-element.js';
import { formatList } from '../i18n/format.js';
import { ClockController } from './clock-controller.js';
import { CountUpController } from './count-up.js';
import { decimalsOf, formatFigure, type FormattedFigure, type Notation } from './format.js';
import { LiveStatsController, type LiveMode } from './live-controller.js';
import type { LiveDocument, LiveStat } from './live-document.js';
import { mergeStats } from './live-document.js';
import { statsCounterMessages } from './messages/index.js';
import { relativeUpdated } from './relative-time.js';
import { statsCounterStyles } from './stats-counter.styles.js';
import { FirstVisibleController } from './visibility-controller.js';

const letters = /\p{L}/u;

/** The shown text, with qualifier words ("plus de", "about") set smaller than the number. */
function figureText({ display, number }: FormattedFigure): unknown {
  const at = display.indexOf(number);
  if (at < 0) return display;
  const before = display.slice(0, at);
  const after = display.slice(at + number.length);
  const words = (text: string) =>
    letters.test(text) ? html`<span class="qualifier" part="stat-qualifier">${text}</span>` : text;
  return html`${words(before)}${number}${words(after)}`;
}

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
  static override styles = [...WsisElement.styles, statsCounterStyles];

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

  /** Live figures received so far, by id (the latest of each). */
  @state() private live = new Map<string, LiveStat>();
  /** When the live figures were generated (or last fetched). */
  @state() private liveUpdatedAt?: number;

  private readonly reducedMotion = prefersReducedMotion(this);
  private readonly countUp = new CountUpController(this, {
    duration: () => (Number.isFinite(this.duration) ? this.duration : 1500),
    // The visitor's setting (followed live: the count settles on the next frame), or `motion="reduce"`.
    reduced: () => this.motion === 'reduce' || this.reducedMotion.matches,
  });
  private readonly visibility = new FirstVisibleController(this, () => this.countUp.release());
  private readonly liveFeed = new LiveStatsController(this, {
    onDocument: (doc, source) => this.mergeLive(doc, source),
    onError: (failure) => this.dispatchEvent(new WsisLiveErrorEvent(failure)),
  });
  private readonly clock = new ClockController(this, 30_000, () => this.showUpdated && !!this.liveUpdatedAt);

  private shown: Stat[] = [];
  private derivedFrom?: [Feed | undefined, Map<string, LiveStat>, string | undefined];
  private liveDocuments = 0;

  /** The figures to show, merged and ordered. */
  private derive(feed: Feed | undefined): Stat[] {
    const merged = mergeStats(feed?.stats ?? [], this.live);
    const ids = this.stats
      ?.split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    if (!ids?.length) return merged;
    const byId = new Map(merged.map((stat) => [stat.id, stat]));
    return [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const feed = this.feedState.feed;
    const from = this.derivedFrom;
    if (!from || from[0] !== feed || from[1] !== this.live || from[2] !== this.stats) {
      this.shown = this.derive(feed);
      this.derivedFrom = [feed, this.live, this.stats];
    }
    if (changed.has('motion') && this.motion === 'reduce') this.countUp.settle();
    for (const stat of this.shown) this.countUp.target(stat.id, stat.value);
  }

  private mergeLive(doc: LiveDocument, source: 'poll' | 'stream'): void {
    const before = new Map(this.shown.map((stat) => [stat.id, stat]));
    const live = new Map(this.live);
    for (const stat of doc.stats) live.set(stat.id, { ...live.get(stat.id), ...stat });
    this.live = live;
    const stats = this.derive(this.feedState.feed);
    const changed = stats
      .filter((stat) => {
        const old = before.get(stat.id);
        return old && (old.value !== stat.value || old.qualifier !== stat.qualifier);
      })
      .map((stat) => stat.id);
    this.liveDocuments += 1;
    // The first live document only freshens the feed's figures as the page opens: not announced.
    if (this.liveDocuments > 1 && changed.length) this.announce(stats.filter((stat) => changed.includes(stat.id)));
    const generated = doc.generated ? Date.parse(doc.generated) : NaN;
    this.liveUpdatedAt = Number.isNaN(generated) ? Date.now() : generated;
    this.dispatchEvent(new WsisStatsUpdateEvent({ stats, changed, generated: doc.generated, source }));
  }

  private announce(stats: Stat[]): void {
    const m = this.locale.messages(statsCounterMessages);
    const locale = this.locale.locale;
    const parts = stats.map((stat) => m.changed(textFor(stat.label, locale), this.spoken(stat)));
    this.announcer.announce(formatList(locale, parts, { type: 'unit' }));
  }

  /** The settled figure as a screen reader should say it, with its unit. */
  private spoken(stat: Stat): string {
    const m = this.locale.messages(statsCounterMessages);
    const locale = this.locale.locale;
    const { spoken } = formatFigure(stat.value, stat.qualifier, locale, m, this.notation);
    const unit = textFor(stat.unit, locale);
    return unit ? `${spoken} ${unit}` : spoken;
  }

  protected override renderFeed(_feed: Feed): TemplateResult {
    const m = this.locale.messages(statsCounterMessages);
    if (!this.shown.length) return this.renderEmpty();
    return html`<ul class="stats" part="stats" role="list" aria-label=${m.listLabel}>
        ${this.shown.map((stat, index) => this.renderStat(stat, index))}
      </ul>
      ${this.renderUpdated()}`;
  }

  private renderStat(stat: Stat, index: number): TemplateResult {
    const m = this.locale.messages(statsCounterMessages);
    const locale = this.locale.locale;
    const notation = this.notation === 'compact' ? 'compact' : 'standard';
    const decimals = decimalsOf(stat.value);
    const settled = formatFigure(stat.value, stat.qualifier, locale, m, notation, decimals);
    const scale = 10 ** decimals;
    const current = Math.round((this.countUp.value(stat.id) ?? stat.value) * scale) / scale;
    const moving = current !== stat.value;
    const shown = moving ? formatFigure(current, stat.qualifier, locale, m, notation, decimals) : settled;
    const unit = textFor(stat.unit, locale);
    const description = textFor(stat.description, locale);
    const labelId = `stat-${index}-label`;
    const descriptionId = `stat-${index}-description`;
    return html`<li class="stat" part="stat" data-id=${stat.id}>
      <div
        class="stat-body"
        role="group"
        aria-labelledby=${labelId}
        aria-describedby=${description ? descriptionId : nothing}
      >
        <p class="figure">
          <span class="reserve" aria-hidden="true">
            <span class="ghost">${figureText(settled)}</span>
            <span class="value" part="stat-value" data-moving=${moving ? 'true' : 'false'}>${figureText(shown)}</span>
          </span>
          ${unit ? html`<span class="unit" part="stat-unit" aria-hidden="true">${unit}</span>` : nothing}
          <span class="visually-hidden">${unit ? `${settled.spoken} ${unit}` : settled.spoken}</span>
        </p>
        <p class="label" part="stat-label" id=${labelId}>${textFor(stat.label, locale)}</p>
        ${description
          ? html`<p
              class=${this.showDescriptions ? 'description' : 'description visually-hidden'}
              part="stat-description"
              id=${descriptionId}
            >
              ${description}
            </p>`
          : nothing}
      </div>
    </li>`;
  }

  private renderUpdated(): TemplateResult | typeof nothing {
    if (!this.showUpdated || this.liveUpdatedAt === undefined) return nothing;
    const m = this.locale.messages(statsCounterMessages);
    const at = this.liveUpdatedAt;
    return html`<p class="updated" part="updated">
      <time datetime=${new Date(at).toISOString()}>${relativeUpdated(at, Date.now(), this.locale.locale, m)}</time>
    </p>`;
  }
}
