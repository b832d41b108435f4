import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { textFor } from '../feed/text.js';
import type { Feed, Stat } from '../feed/types.js';
import { formatList } from '../i18n/intl-cache.js';
import { prefersReducedMotion } from '../internal/media-query.js';
import { DURATION_LIMIT, clampTimer } from '../internal/timer-limits.js';
import { CountUpController } from './count-up.js';
import { decimalsOf, formatFigure, type FormattedFigure } from './format.js';
import { statsCounterMessages } from './messages/index.js';
import { relativeUpdated } from './relative-time.js';
import { pickStats, type StatsCounterRenderer, type WsisStatsCounter } from './stats-counter.js';
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
 * What one counter keeps between renders: its count-up (which waits for the element's first
 * visibility and follows reduced motion) and the figures it shows, derived again only when the
 * feed, the live figures or `stats` changed. Made at the counter's first render; its controllers
 * then start and stop with the element like any other.
 */
class CounterView implements ReactiveController {
  readonly countUp: CountUpController;
  private shown: Stat[] = [];
  private from?: [Feed, number | undefined, string | undefined];
  private motion: string;

  constructor(private readonly host: WsisStatsCounter) {
    const reducedMotion = prefersReducedMotion(host);
    this.countUp = new CountUpController(host, {
      duration: () => clampTimer(host.duration, DURATION_LIMIT),
      // The visitor's setting (followed live: the count settles on the next frame), or `motion="reduce"`.
      reduced: () => host.motion === 'reduce' || reducedMotion.matches,
    });
    new FirstVisibleController(host, () => this.countUp.release());
    this.motion = host.motion;
    host.addController(this);
  }

  hostUpdate(): void {
    if (this.host.motion === 'reduce' && this.motion !== 'reduce') this.countUp.settle();
    this.motion = this.host.motion;
  }

  /** The figures to show, merged and ordered, each one's count aimed at its figure. */
  figures(feed: Feed): Stat[] {
    const { live, stats } = this.host;
    const from = this.from;
    if (!from || from[0] !== feed || from[1] !== live?.version || from[2] !== stats) {
      this.shown = live ? live.shown(feed) : pickStats(feed.stats, stats);
      this.from = [feed, live?.version, stats];
    }
    for (const stat of this.shown) this.countUp.target(stat.id, stat.value);
    return this.shown;
  }
}

const views = new WeakMap<WsisStatsCounter, CounterView>();

function viewOf(host: WsisStatsCounter): CounterView {
  let view = views.get(host);
  if (!view) views.set(host, (view = new CounterView(host)));
  return view;
}

/** The settled figure as a screen reader should say it, with its unit. */
function spoken(host: WsisStatsCounter, stat: Stat): string {
  const m = host.locale.messages(statsCounterMessages);
  const locale = host.locale.locale;
  const { spoken } = formatFigure(stat.value, stat.qualifier, locale, m, host.notation);
  const unit = textFor(stat.unit, locale);
  return unit ? `${spoken} ${unit}` : spoken;
}

function renderStat(host: WsisStatsCounter, view: CounterView, stat: Stat, index: number): TemplateResult {
  const m = host.locale.messages(statsCounterMessages);
  const locale = host.locale.locale;
  const notation = host.notation === 'compact' ? 'compact' : 'standard';
  const decimals = decimalsOf(stat.value);
  const settled = formatFigure(stat.value, stat.qualifier, locale, m, notation, decimals);
  const scale = 10 ** decimals;
  const current = Math.round((view.countUp.value(stat.id) ?? stat.value) * scale) / scale;
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
            class=${host.showDescriptions ? 'description' : 'description visually-hidden'}
            part="stat-description"
            id=${descriptionId}
          >
            ${description}
          </p>`
        : nothing}
    </div>
  </li>`;
}

function renderUpdated(host: WsisStatsCounter): TemplateResult | typeof nothing {
  const at = host.live?.updatedAt;
  if (!host.showUpdated || at === undefined) return nothing;
  const m = host.locale.messages(statsCounterMessages);
  return html`<p class="updated" part="updated">
    <time datetime=${new Date(at).toISOString()}>${relativeUpdated(at, Date.now(), host.locale.locale, m)}</time>
  </p>`;
}

/** The rendering code of <wsis-stats-counter>: templates, styles, formatting, its strings. */
export const statsCounterRenderer: StatsCounterRenderer = {
  styles: statsCounterStyles,

  render(host, feed) {
    const view = viewOf(host);
    const shown = view.figures(feed);
    if (!shown.length) return host.renderEmpty();
    const m = host.locale.messages(statsCounterMessages);
    return html`<ul class="stats" part="stats" role="list" aria-label=${m.listLabel}>
        ${shown.map((stat, index) => renderStat(host, view, stat, index))}
      </ul>
      ${renderUpdated(host)}`;
  },

  /** Announces live figures that changed, politely, in the element's language. */
  announce(host, stats) {
    const m = host.locale.messages(statsCounterMessages);
    const locale = host.locale.locale;
    const parts = stats.map((stat) => m.changed(textFor(stat.label, locale), spoken(host, stat)));
    host.announcer.announce(formatList(locale, parts, { type: 'unit' }));
  },
};
