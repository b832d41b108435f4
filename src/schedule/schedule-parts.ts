/**
 * The behaviour and rendering of <wsis-schedule>, loaded with its view (schedule-view.ts): the
 * derived programme (sessions in the shown zone, grouped by day, indexed for the filters), the
 * filters, the zone picker, the day strip, the chunked list, the details dialog, and the lazily
 * loaded plan (stars, "My schedule", exports, grid). The element (schedule.ts) owns the public
 * state (its attributes and properties, the clock, the deep link) and forwards to this.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Feed } from '../feed/types.js';
import { dateTimeFormat } from '../i18n/intl-cache.js';
import { commonMessages } from '../i18n/common/index.js';
import { LazyModule } from '../internal/lazy-module.js';
import { dayKeyInstant, groupByKey, type DayGroup } from '../sessions/time.js';
import { prepareSessions, trackColorCss, type SessionView } from '../sessions/view-model.js';
import { DayNav } from './day-nav.js';
import { DetailsDialog } from './details-dialog.js';
import { ScheduleFilters } from './filters.js';
import type { ScheduleHost } from './host.js';
import { ChunkedList } from './list.js';
import type { Plan, PlanHost } from './plan.js';
import { ZonePicker } from './zone-picker.js';

/** What the parts read from the element besides ScheduleHost: its attributes and its empty state. */
export interface ScheduleShell extends ScheduleHost, Omit<PlanHost, keyof ScheduleHost> {
  readonly timezone: string;
  readonly headingLevel: number;
  renderEmpty(message?: string, action?: TemplateResult): TemplateResult;
}

export class ScheduleParts {
  /** Every session in the shown zone, sorted; by id; by day. */
  views: SessionView[] = [];
  byId = new Map<string, SessionView>();
  groups: DayGroup<SessionView>[] = [];
  /** The IANA zone the programme is shown in. */
  zone = 'UTC';
  private derivedFrom: unknown[] = [];
  private filterKey = '';
  private dayLabels = new Map<string, string>();
  /** The count changed through the filters: said politely after the update (merged while typing). */
  private announcePending = false;
  private deepLinkDone = false;

  readonly filters: ScheduleFilters;
  private readonly zonePicker: ZonePicker;
  private readonly list: ChunkedList;
  private readonly details: DetailsDialog;
  private readonly dayNav: DayNav;
  /** Stars, "My schedule", calendar exports and the grid view (plan.ts): loaded once there is a feed. */
  private readonly planModule: LazyModule<Plan>;

  constructor(private readonly host: ScheduleShell) {
    this.filters = new ScheduleFilters(host);
    this.zonePicker = new ZonePicker(host);
    this.list = new ChunkedList(host);
    this.details = new DetailsDialog(host, { reveal: (id, focus) => this.list.reveal('session', id, focus) });
    this.dayNav = new DayNav(host, {
      goToDay: (day) => this.goToDay(day),
      jumpToNow: () => {
        const now = host.clock.now;
        const target = this.filters.visibleList.find((v) => v.end > now);
        if (target) this.list.reveal('session', target.id, true);
      },
    });
    this.planModule = new LazyModule(host, 'the favourites and calendar export', () =>
      import('./plan.js').then((m) => new m.Plan(host)),
    );
  }

  private get plan(): Plan | undefined {
    return this.planModule.module;
  }

  /** Derives the views, groups and filter results from the feed and attributes (no DOM, storage, history or events). */
  willUpdate(): void {
    const host = this.host;
    const feed = host.feedState.feed;
    if (!feed) return;
    this.zone = this.zonePicker.zone(host.timezone, feed);
    const locale = host.locale.locale;
    const messages = host.messages;
    const from = [feed, locale, this.zone, messages];
    const rebuilt = from.some((part, i) => part !== this.derivedFrom[i]);
    if (rebuilt) {
      const wasComplete = this.list.complete;
      this.derivedFrom = from;
      host.sheets.set('track-colors', trackColorCss(feed.tracks));
      this.views = prepareSessions(feed, { locale, zone: this.zone, messages });
      this.byId = new Map(this.views.map((v) => [v.id, v]));
      this.groups = groupByKey(this.views, (v) => v.day);
      this.filters.index(feed, locale);
      const dayLabel = dateTimeFormat(locale, 'UTC', { dateStyle: 'full' });
      this.dayLabels = new Map(this.groups.map((g) => [g.day, dayLabel.format(dayKeyInstant(g.day))]));
      this.filters.apply(this.plan?.keep());
      this.list.regrouped(wasComplete, this.filters.visibleByDay);
    }
    const filterKey = JSON.stringify([host.track, host.type, host.day, host.location, host.language, host.query, host.partner, this.plan?.key]);
    if (filterKey !== this.filterKey) {
      if (!rebuilt) this.filters.apply(this.plan?.keep());
      this.announcePending = !rebuilt && this.filterKey !== '';
      this.filterKey = filterKey;
    }
  }

  render(feed: Feed): TemplateResult {
    const host = this.host;
    const m = host.messages;
    const now = host.clock.now;
    const common = host.locale.messages(commonMessages);
    const filters = this.filters;
    const count = filters.visibleList.length;
    // A day's rows re-render only when the feed, the language, the live sessions, the stars and
    // notes, or that day's rows left out by the search change: the track/type/location/language
    // filters rewrite one stylesheet rule, the day filter hides day groups.
    // The grid first: while it shows, the list behind it builds its rows after the grid's paint.
    const grid = this.plan?.renderGrid();
    const list = this.list.render({
      ctx: { messages: m, now, open: (id) => this.details.open(id, true), hidden: (id) => filters.hiddenIds.has(id), ...this.plan?.rowContext() },
      visibleByDay: filters.visibleByDay,
      hiddenByDay: filters.hiddenByDay,
      dayLabels: this.dayLabels,
      rowKeys: [m, this.list.liveKey(now), this.plan?.rowsKey],
      behindGrid: grid ? 'shown' : host.view === 'grid' && (this.plan?.gridComing ?? this.planModule.status !== 'error') ? 'coming' : undefined,
    });
    return html`
      ${host.heading(0, m.programme)}
      <div part="controls" class="controls">
        ${this.zonePicker.render(feed, m)} ${filters.render(m)} ${filters.renderChips(m)} ${this.plan?.renderControls()}
        ${this.planModule.renderFailure(common)}
        <p class="count">${filters.countText(m, host.locale.locale)}</p>
      </div>
      ${grid ?? this.dayNav.render(m, now, filters.visibleByDay)} ${list}
      ${count > 0
        ? nothing
        : this.views.length === 0
          ? host.renderEmpty(m.noSessions)
          : host.renderEmpty(m.noResults, html`<button class="button" type="button" @click=${filters.clearAll}>${m.clearAll}</button>`)}
      ${this.details.render(feed, m, now, filters.visibleList)}
    `;
  }

  /** Storage, history, events and announcements follow a render, never during one. */
  updated(): void {
    const host = this.host;
    const feed = host.feedState.feed;
    if (!feed) return;
    this.planModule.request();
    this.zonePicker.readStored(feed.event.id);
    if (this.announcePending) {
      this.announcePending = false;
      host.announcer.announce(this.filters.countText(host.messages, host.locale.locale));
    }
    // A deep link on load is followed as soon as there are sessions.
    if (!this.deepLinkDone && this.views.length) {
      this.deepLinkDone = true;
      this.applyHash(false);
    }
    this.dayNav.updated();
    this.details.updated();
    this.list.updated();
  }

  /** Follows the address's `#session=` or `#day=` (`fromEvent`: a hashchange, which may close the details). */
  applyHash(fromEvent: boolean): void {
    if (!this.views.length) return;
    const links = this.host.links;
    const id = links.get();
    const day = links.get('day');
    if (id && this.byId.has(id)) {
      if (id !== this.details.openId) {
        this.details.open(id, true);
        this.list.reveal('session', id, false);
      }
    } else if (day && this.filters.visibleByDay.has(day)) {
      this.list.reveal('day', day, false);
    } else if (fromEvent && this.details.openId) {
      this.details.close();
    }
  }

  openSession(id: string, fromRow: boolean): void {
    this.details.open(id, fromRow);
  }

  closeSession(): void {
    this.details.close();
  }

  goToDay(day: string): void {
    this.list.reveal('day', day, true);
    this.host.links.set({ day, '': undefined });
  }

  chooseZone(zone: string | undefined): void {
    this.zonePicker.choose(zone);
  }
}
