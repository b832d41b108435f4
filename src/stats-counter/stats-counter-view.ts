import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { textFor } from '../feed/text.js';
import type { Stat } from '../feed/types.js';
import type { ViewContext } from '../internal/element-view.js';
import { formatList } from '../i18n/intl-cache.js';
import { prefersReducedMotion } from '../internal/media-query.js';
import { DURATION_LIMIT, clampTimer } from '../internal/timer-limits.js';
import { CountUpController } from './count-up.js';
import { decimalsOf, formatFigure, type FormattedFigure, type Notation } from './format.js';
import { statsCounterMessages } from './messages/index.js';
import { relativeUpdated } from './relative-time.js';
import type { Counter, CounterHost, StatsCounterModel, StatsCounterView } from './model.js';
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
 * What one counter keeps between renders, which only the view needs: its count-up, which waits
 * for the element's first visibility and follows reduced motion. Made once per element
 * (`counter(host)`); its controllers then start and stop with the element like any other.
 */
class CounterState implements ReactiveController, Counter {
  private readonly countUp: CountUpController;
  private motion: string;

  constructor(private readonly host: CounterHost) {
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

  current(stat: Stat): number {
    this.countUp.target(stat.id, stat.value);
    return this.countUp.value(stat.id) ?? stat.value;
  }
}

/** The settled figure as a screen reader should say it, with its unit. */
function spoken(ctx: ViewContext, notation: Notation, stat: Stat): string {
  const m = ctx.messages(statsCounterMessages);
  const { spoken } = formatFigure(stat.value, stat.qualifier, ctx.locale, m, notation);
  const unit = textFor(stat.unit, ctx.locale);
  return unit ? `${spoken} ${unit}` : spoken;
}

function renderStat(model: StatsCounterModel, stat: Stat, index: number): TemplateResult {
  const { ctx } = model;
  const m = ctx.messages(statsCounterMessages);
  const locale = ctx.locale;
  const notation = model.notation === 'compact' ? 'compact' : 'standard';
  const decimals = decimalsOf(stat.value);
  const settled = formatFigure(stat.value, stat.qualifier, locale, m, notation, decimals);
  const scale = 10 ** decimals;
  const current = Math.round(model.counter.current(stat) * scale) / scale;
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
        ${unit ? html`<span class="unit" part="stat-unit" aria-hidden="true" dir="auto">${unit}</span>` : nothing}
        <span class="visually-hidden">${unit ? `${settled.spoken} ${unit}` : settled.spoken}</span>
      </p>
      <p class="label" part="stat-label" id=${labelId} dir="auto">${textFor(stat.label, locale)}</p>
      ${description
        ? html`<p
            class=${model.showDescriptions ? 'description' : 'description visually-hidden'}
            part="stat-description"
            id=${descriptionId}
            dir="auto"
          >
            ${description}
          </p>`
        : nothing}
    </div>
  </li>`;
}

function renderUpdated(model: StatsCounterModel): TemplateResult | typeof nothing {
  const at = model.updatedAt;
  if (at === undefined) return nothing;
  const m = model.ctx.messages(statsCounterMessages);
  return html`<p class="updated" part="updated">
    <time datetime=${new Date(at).toISOString()}>${relativeUpdated(at, Date.now(), model.ctx.locale, m)}</time>
  </p>`;
}

/** The view of <wsis-stats-counter> (model.ts says what it is given). */
export const statsCounterView: StatsCounterView = {
  styles: statsCounterStyles,

  render(model) {
    const { shown, ctx } = model;
    if (!shown.length) return ctx.empty();
    const m = ctx.messages(statsCounterMessages);
    return html`<ul class="stats" part="stats" role="list" aria-label=${m.listLabel}>
        ${shown.map((stat, index) => renderStat(model, stat, index))}
      </ul>
      ${renderUpdated(model)}`;
  },

  counter: (host) => new CounterState(host),

  changes(stats, ctx, notation) {
    const m = ctx.messages(statsCounterMessages);
    const parts = stats.map((stat) => m.changed(textFor(stat.label, ctx.locale), spoken(ctx, notation, stat)));
    return formatList(ctx.locale, parts, { type: 'unit' });
  },
};
