import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Feed } from '../feed/types.js';
import { dateTimeFormat } from '../i18n/intl-cache.js';
import { commonMessages } from '../i18n/common/index.js';
import { ClockController } from '../internal/clock.js';
import { DeepLinkController } from '../internal/deep-link.js';
import { LazyModule } from '../internal/lazy-module.js';
import { WsisElement } from '../internal/wsis-element.js';
import { dayKeyInstant, groupByKey, type DayGroup } from '../sessions/time.js';
import { prepareSessions, trackColorCss, type SessionView } from '../sessions/view-model.js';
import { DayNav } from './day-nav.js';
import { DetailsDialog } from './details-dialog.js';
import { ScheduleFilters } from './filters.js';
import type { ScheduleHost } from './host.js';
import { ChunkedList } from './list.js';
import { scheduleMessages, type ScheduleMessages } from './messages/index.js';
import type { Plan } from './plan.js';
import { scheduleStyles } from './schedule.styles.js';
import { ZonePicker } from './zone-picker.js';

/**
 * The programme of a conference: sessions grouped by day in a chosen time zone, with filters,
 * search, details with calendar export, deep links and "Live now".
 *
 * @summary The programme, correct in every time zone and fast at 5,000 sessions.
 * @tag wsis-schedule
 *
 * @attr src - URL of a feed (feed-v1).
 * @attr lang - UI and content language.
 * @attr refresh - Seconds between background re-reads of `src`.
 * @attr heading-level - Level (2–6) of the top heading; day headings are one below.
 * @attr theme - `light`, `dark` or `auto`.
 * @attr timezone - `event` (default), `local`, or an IANA zone name (`Pacific/Auckland`).
 * @attr view - `list` (default) or `grid`: one day, columns by location or track, rows by time
 *   (the list shows instead when the element is narrower than 640px). See docs/schedule-grid.md.
 * @attr grid-columns - Columns of the grid view: `location` (default) or `track`.
 * @attr track - Show only sessions of this track id.
 * @attr type - Show only sessions of this session type id.
 * @attr day - Show only sessions on this day (`YYYY-MM-DD`, in the shown time zone).
 * @attr location - Show only sessions at this location (its text, case- and accent-insensitive).
 * @attr language - Show only sessions in this language (BCP 47 tag, `fr`).
 * @attr partner - Show only sessions this partner organizes (`sessions[].organizers`; partner ids, comma-separated for several).
 * @attr query - Text search over title, speakers, organizations and description.
 * @attr now - A DateTime that stands for the current time (previews, tests).
 * @attr hash-key - Key of the deep link in the URL hash (`#session=<id>`). Default `session`; `none`
 *   turns deep links off. The day link is `#day=` for the default key, `#<key>-day=` for another.
 *
 * @fires wsis-session-select - A session was opened: `detail: {id}`.
 * @fires wsis-favorites-change - The visitor starred or unstarred a session: `detail: {ids}` (every starred id).
 * @fires wsis-load - A feed was read: `detail: {feed, warnings}`.
 * @fires wsis-error - No feed could be read, or (`kind: 'code'`) a part of the schedule's code could not be fetched: `detail: {kind, message, status?}`.
 *
 * @csspart root - The element's box.
 * @csspart loading - Shown while the first document loads.
 * @csspart error - Shown when no document could be read (`role="alert"`).
 * @csspart retry - The error state's retry button.
 * @csspart empty - Shown when the filters leave no session (with a "clear all" button).
 * @csspart heading - The programme's heading.
 * @csspart controls - The time-zone line, search and filters.
 * @csspart filters - The search box and filter menus.
 * @csspart chip - An active filter (a button that removes it).
 * @csspart day-nav - The day strip (and week strip for long programmes).
 * @csspart day - A day's group, `data-day="YYYY-MM-DD"` in the shown time zone.
 * @csspart day-heading - A day's heading.
 * @csspart session - A session, `data-id` = its id.
 * @csspart session-live - Added to `session` while the session is under way.
 * @csspart session-time - A session's time range with the zone's abbreviation.
 * @csspart session-title - A session's title.
 * @csspart details - The session details dialog.
 * @csspart star - A session's star ("Add … to my schedule", `aria-pressed`).
 * @csspart my-schedule - The "My schedule" filter and the calendar export buttons.
 * @csspart grid - The grid view (day strip and grid).
 * @csspart grid-scroll - The grid's scrolling box.
 * @csspart grid-column - A column heading of the grid (a location or track).
 * @csspart grid-session - A session's block in the grid (also `session`).
 *
 * @cssprop [--wsis-schedule-row-estimate=88px] - Estimated height of a row, for off-screen days.
 * @cssprop [--wsis-schedule-details-width=720px] - Maximum width of the details dialog.
 * @cssprop [--wsis-color-accent=#0b5cab] - Accent (links, buttons, focus of the day strip).
 * @cssprop [--wsis-color-surface=#ffffff] - Background.
 * @cssprop [--wsis-color-text=#1b1f24] - Text.
 * @cssprop [--wsis-color-muted=#545d68] - Secondary text.
 * @cssprop [--wsis-color-border=#c9d1da] - Lines between sessions.
 * @cssprop [--wsis-color-danger=#b3261e] - "Live now", cancelled and postponed marks.
 * @cssprop [--wsis-font-family=system-ui] - Font.
 * @cssprop [--wsis-radius=8px] - Corner radius.
 * @cssprop [--wsis-schedule-grid-minute=1.6px] - Height of a minute in the grid (blocks are at least 44px).
 * @cssprop [--wsis-schedule-grid-column-width=180px] - Minimum width of a grid column.
 * @cssprop [--wsis-schedule-grid-height=80vh] - Maximum height of the grid's scrolling box.
 */
export class WsisSchedule extends WsisElement implements ScheduleHost {
  static override styles = [...WsisElement.styles, ...scheduleStyles];

  /** `event` (default), `local`, or an IANA zone name. */
  @property() timezone = 'event';
  /** `list` (default) or `grid`. */
  @property() view: 'list' | 'grid' = 'list';
  /** Columns of the grid view: `location` (default) or `track`. */
  @property({ attribute: 'grid-columns' }) gridColumns?: 'location' | 'track';
  /** A track id. */
  @property() track?: string;
  /** A session type id. */
  @property() type?: string;
  /** `YYYY-MM-DD` in the shown time zone. */
  @property() day?: string;
  /** A location's text. */
  @property() location?: string;
  /** A BCP 47 language tag. */
  @property() language?: string;
  /** Partner ids (comma-separated): only the sessions they organize. */
  @property() partner?: string;
  /** Text search (case- and accent-insensitive). */
  @property() query?: string;
  /** A DateTime standing for the current time. */
  @property() now?: string;
  /** Key of the deep link in the URL hash; `none` turns deep links off. */
  @property({ attribute: 'hash-key' }) hashKey = 'session';


  /** @internal The "now" clock (read by the favourites code, src/schedule/plan.ts). */
  readonly clock = new ClockController(this);
  /** @internal `#session=<id>` and `#day=<day>` (scoped by `hash-key`). */
  readonly links = new DeepLinkController(this, () => this.hashKey, () => this.applyHash(true));

  // Derived in willUpdate; read by the schedule's parts and the favourites code, hence not private.
  /** @internal */
  views: SessionView[] = [];
  /** @internal */
  byId = new Map<string, SessionView>();
  /** @internal */
  groups: DayGroup<SessionView>[] = [];
  /** @internal */
  zone = 'UTC';
  /** @internal The sessions that pass the filters. */
  get visibleList(): SessionView[] {
    return this.filters.visibleList;
  }
  private derivedFrom: unknown[] = [];
  private filterKey = '';
  private dayLabels = new Map<string, string>();
  /** The count changed through the filters: said politely after the update (merged while typing). */
  private announcePending = false;
  private deepLinkDone = false;

  private readonly filters = new ScheduleFilters(this);
  private readonly zonePicker = new ZonePicker(this);
  private readonly list = new ChunkedList(this);
  private readonly details = new DetailsDialog(this, { reveal: (id, focus) => this.list.reveal('session', id, focus) });
  private readonly dayNav = new DayNav(this, {
    goToDay: (day) => this.goToDay(day),
    jumpToNow: () => {
      const now = this.clock.now;
      const target = this.visibleList.find((v) => v.end > now);
      if (target) this.list.reveal('session', target.id, true);
    },
  });
  /** Stars, "My schedule", calendar exports and the grid view (plan.ts): loaded once there is a feed. */
  private readonly planModule = new LazyModule(this, 'the favourites and calendar export', () =>
    import('./plan.js').then((m) => new m.Plan(this)),
  );
  private get plan(): Plan | undefined {
    return this.planModule.module;
  }

  /** @internal */
  get messages(): ScheduleMessages {
    return this.locale.messages(scheduleMessages);
  }

  /** Derives the views, groups and filter results from the feed and attributes (no DOM, storage, history or events). */
  protected override willUpdate(_changed: PropertyValues<this>): void {
    this.clock.setFixed(this.now);
    const feed = this.feedState.feed;
    if (!feed) return;
    this.zone = this.zonePicker.zone(this.timezone, feed);
    const locale = this.locale.locale;
    const messages = this.messages;
    const from = [feed, locale, this.zone, messages];
    const rebuilt = from.some((part, i) => part !== this.derivedFrom[i]);
    if (rebuilt) {
      const wasComplete = this.list.complete;
      this.derivedFrom = from;
      this.sheets.set('track-colors', trackColorCss(feed.tracks));
      this.views = prepareSessions(feed, { locale, zone: this.zone, messages });
      this.byId = new Map(this.views.map((v) => [v.id, v]));
      this.groups = groupByKey(this.views, (v) => v.day);
      this.filters.index(feed, locale);
      const dayLabel = dateTimeFormat(locale, 'UTC', { dateStyle: 'full' });
      this.dayLabels = new Map(this.groups.map((g) => [g.day, dayLabel.format(dayKeyInstant(g.day))]));
      this.filters.apply(this.plan?.keep());
      this.list.regrouped(wasComplete, this.filters.visibleByDay);
    }
    const filterKey = JSON.stringify([this.track, this.type, this.day, this.location, this.language, this.query, this.partner, this.plan?.key]);
    if (filterKey !== this.filterKey) {
      if (!rebuilt) this.filters.apply(this.plan?.keep());
      this.announcePending = !rebuilt && this.filterKey !== '';
      this.filterKey = filterKey;
    }
  }

  protected override renderFeed(feed: Feed): TemplateResult {
    const m = this.messages;
    const now = this.clock.now;
    const common = this.locale.messages(commonMessages);
    const filters = this.filters;
    const count = this.visibleList.length;
    // A day's rows re-render only when the feed, the language, the live sessions, the stars and
    // notes, or that day's rows left out by the search change: the track/type/location/language
    // filters rewrite one stylesheet rule, the day filter hides day groups.
    // The grid first: while it shows, the list behind it builds its rows after the grid's paint.
    const grid = this.plan?.renderGrid();
    const list = this.list.render({
      ctx: { messages: m, now, open: (id) => this.openSession(id, true), hidden: (id) => filters.hiddenIds.has(id), ...this.plan?.rowContext() },
      visibleByDay: filters.visibleByDay,
      hiddenByDay: filters.hiddenByDay,
      dayLabels: this.dayLabels,
      rowKeys: [m, this.list.liveKey(now), this.plan?.rowsKey],
      behindGrid: grid ? 'shown' : this.view === 'grid' && (this.plan?.gridComing ?? this.planModule.status !== 'error') ? 'coming' : undefined,
    });
    return html`
      ${this.heading(0, m.programme)}
      <div part="controls" class="controls">
        ${this.zonePicker.render(feed, m)} ${filters.render(m)} ${filters.renderChips(m)} ${this.plan?.renderControls()}
        ${this.planModule.renderFailure(common)}
        <p class="count">${filters.countText(m, this.locale.locale)}</p>
      </div>
      ${grid ?? this.dayNav.render(m, now, filters.visibleByDay)} ${list}
      ${count > 0
        ? nothing
        : this.views.length === 0
          ? this.renderEmpty(m.noSessions)
          : this.renderEmpty(m.noResults, html`<button class="button" type="button" @click=${filters.clearAll}>${m.clearAll}</button>`)}
      ${this.details.render(feed, m, now, this.visibleList)}
    `;
  }

  /** Storage, history, events and announcements follow a render, never during one. */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const feed = this.feedState.feed;
    if (!feed) return;
    this.planModule.request();
    this.zonePicker.readStored(feed.event.id);
    if (this.announcePending) {
      this.announcePending = false;
      this.announcer.announce(this.filters.countText(this.messages, this.locale.locale));
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

  private applyHash(fromEvent: boolean): void {
    if (!this.views.length) return;
    const id = this.links.get();
    const day = this.links.get('day');
    if (id && this.byId.has(id)) {
      if (id !== this.details.openId) {
        this.details.open(id, true);
        this.list.reveal('session', id, false);
      }
    } else if (day && this.filters.visibleByDay.has(day)) {
      this.list.reveal('day', day, false);
    } else if (fromEvent && this.details.openId) {
      this.closeSession();
    }
  }

  /** Opens a session's details (and says so in the address and with `wsis-session-select`). */
  openSession(id: string, fromRow = false): void {
    this.details.open(id, fromRow);
  }

  /** Closes the details, if open. */
  closeSession(): void {
    this.details.close();
  }

  /** Scrolls to a day's group, focuses it, and puts `#day=` in the address. */
  goToDay(day: string): void {
    this.list.reveal('day', day, true);
    this.links.set({ day, '': undefined });
  }

  /** Remembers a zone for this event (`event`, an IANA name) or forgets the choice (undefined). */
  chooseZone(zone: string | undefined): void {
    this.zonePicker.choose(zone);
  }

  /** @internal The deep link to a session (the details dialog and the calendar export use it). */
  sessionLink(id: string): string {
    return this.links.href({ '': id, day: undefined });
  }
}
