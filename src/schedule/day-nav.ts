/**
 * The schedule's day strip (split into weeks for programmes of more than WEEKS_ABOVE days) and
 * "Jump to now" while the programme is under way.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { dateTimeFormat } from '../i18n/intl-cache.js';
import { dayKeyInstant, weekOf } from '../sessions/time.js';
import type { SessionView } from '../sessions/view-model.js';
import type { ScheduleHost } from './host.js';
import type { ScheduleMessages } from './messages/index.js';

/** Days of a programme above which the day strip is split into weeks. */
const WEEKS_ABOVE = 10;

export interface DayNavActions {
  goToDay: (day: string) => void;
  jumpToNow: () => void;
}

export class DayNav {
  /** The week the visitor picked. */
  private week?: string;
  private centeredWeek?: string;

  constructor(
    private readonly host: ScheduleHost,
    private readonly actions: DayNavActions,
  ) {}

  render(m: ScheduleMessages, now: number, visibleByDay: ReadonlyMap<string, number>): TemplateResult | typeof nothing {
    const host = this.host;
    const views: readonly SessionView[] = host.views;
    const days = host.groups.map((g) => g.day).filter((d) => visibleByDay.get(d));
    const first = views[0];
    const last = views.at(-1);
    const during = !!first && !!last && now >= first.start && now < Math.max(...views.slice(-50).map((v) => v.end));
    if (days.length < 2 && !during) return nothing;
    const locale = host.locale.locale;
    const dayFormat = dateTimeFormat(locale, 'UTC', { weekday: 'short', day: 'numeric', month: 'short' });
    const weekFormat = dateTimeFormat(locale, 'UTC', { day: 'numeric', month: 'short' });
    let shownDays = days;
    let weeksNav: TemplateResult | typeof nothing = nothing;
    if (days.length > WEEKS_ABOVE) {
      const weeks = [...new Set(days.map(weekOf))];
      const nowDay = during ? views.find((v) => v.end > now)?.day : undefined;
      const selected =
        this.week && weeks.includes(this.week) ? this.week : nowDay && weeks.includes(weekOf(nowDay)) ? weekOf(nowDay) : weeks[0];
      shownDays = days.filter((d) => weekOf(d) === selected);
      weeksNav = html`<ul class="strip weeks" aria-label=${m.weeks} @focusin=${this.showWhole}>
        ${weeks.map(
          (w) => html`<li>
            <button type="button" aria-pressed=${w === selected ? 'true' : 'false'} @click=${() => this.selectWeek(w, days)}>
              ${m.weekOf(weekFormat.format(dayKeyInstant(w)))}
            </button>
          </li>`,
        )}
      </ul>`;
    }
    return html`<nav part="day-nav" class="day-nav" aria-label=${m.days}>
      ${weeksNav}
      ${days.length > 1
        ? html`<ul class="strip days" @focusin=${this.showWhole}>
            ${shownDays.map(
              (d) => html`<li>
                <button type="button" data-day=${d} @click=${() => this.actions.goToDay(d)}>${dayFormat.format(dayKeyInstant(d))}</button>
              </li>`,
            )}
          </ul>`
        : nothing}
      ${during ? html`<button class="button jump-now" type="button" @click=${this.actions.jumpToNow}>${m.jumpToNow}</button>` : nothing}
    </nav>`;
  }

  /**
   * A button that Tab reaches half outside its strip stays half hidden (Chromium scrolls a strip
   * only for a button wholly outside it): scroll it in whole, its focus ring with it (the buttons'
   * scroll-margin-inline). Only the strip moves: the page is already where the focus is.
   */
  private readonly showWhole = (event: FocusEvent) => {
    const button = event.target as HTMLElement;
    if (button.localName === 'button') button.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  };

  private selectWeek(week: string, days: string[]): void {
    this.week = week;
    const first = days.find((d) => weekOf(d) === week);
    if (first) this.actions.goToDay(first);
    else this.host.requestUpdate();
  }

  /** After a render: scrolls the week strip (only it, never the page) so that the selected week shows. */
  updated(): void {
    const pressed = this.host.renderRoot.querySelector<HTMLElement>('.weeks [aria-pressed="true"]');
    const strip = pressed?.closest<HTMLElement>('.strip');
    if (!pressed || !strip || pressed.textContent === this.centeredWeek) return;
    this.centeredWeek = pressed.textContent ?? undefined;
    const button = pressed.getBoundingClientRect();
    const box = strip.getBoundingClientRect();
    if (button.left < box.left || button.right > box.right) {
      strip.scrollLeft += button.left - box.left - (box.width - button.width) / 2;
    }
  }
}
