import { nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Feed } from '../feed/types.js';
import { ClockController } from '../internal/clock.js';
import { DeepLinkController } from '../internal/deep-link.js';
import { viewOf, type ViewSource } from '../internal/element-view.js';
import { LazyModule } from '../internal/lazy-module.js';
import { WsisElement } from '../internal/wsis-element.js';
import type { DayGroup } from '../sessions/time.js';
import type { SessionView } from '../sessions/view-model.js';
import type { ScheduleMessages } from './messages/index.js';
import type { ScheduleParts, ScheduleShell } from './schedule-parts.js';
import type { ScheduleView } from './schedule-view.js';

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
export class WsisSchedule extends WsisElement implements ScheduleShell {
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

  /** The view (schedule-view.ts): attached by src/define/schedule.ts, else loaded. */
  static view?: ViewSource<ScheduleView>;

  protected override viewCode = new LazyModule<ScheduleView>(this, `<${this.localName}>`, () =>
    viewOf(this.constructor as typeof WsisSchedule),
  );

  /** @internal The "now" clock (read by the favourites code, src/schedule/plan.ts). */
  readonly clock = new ClockController(this);
  /** @internal `#session=<id>` and `#day=<day>` (scoped by `hash-key`). */
  readonly links = new DeepLinkController(this, () => this.hashKey, () => this.parts?.applyHash(true));

  /** The behaviour and rendering (schedule-parts.ts), made once the view is here. */
  private parts?: ScheduleParts;
  /** A zone chosen through `chooseZone` before the parts were here. */
  private pendingZone?: { zone: string | undefined };

  // Derived by the parts in willUpdate; read by the parts and the favourites code.
  /** @internal Every session in the shown zone, sorted. */
  get views(): SessionView[] {
    return this.parts?.views ?? [];
  }
  /** @internal */
  get byId(): Map<string, SessionView> {
    return this.parts?.byId ?? new Map();
  }
  /** @internal */
  get groups(): DayGroup<SessionView>[] {
    return this.parts?.groups ?? [];
  }
  /** @internal */
  get zone(): string {
    return this.parts?.zone ?? 'UTC';
  }
  /** @internal The sessions that pass the filters. */
  get visibleList(): SessionView[] {
    return this.parts?.filters.visibleList ?? [];
  }

  /** @internal The strings in the element's language (once the view is here). */
  get messages(): ScheduleMessages {
    const view = this.viewCode.module;
    if (!view) throw new Error('The schedule view is not loaded.');
    return this.locale.messages(view.messages);
  }

  /** Derives the views, groups and filter results from the feed and attributes (no DOM, storage, history or events). */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.clock.setFixed(this.now);
    const view = this.viewCode.module;
    if (!view) return;
    this.parts ??= view.create(this);
    this.parts.willUpdate();
  }

  protected override renderFeed(feed: Feed): unknown {
    return this.parts?.render(feed) ?? nothing;
  }

  /** Storage, history, events and announcements follow a render, never during one. */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const parts = this.parts;
    parts?.updated();
    // Once the parts have read the event's stored zone, a choice made before they were here wins.
    if (parts && this.pendingZone && this.feedState.feed) {
      parts.chooseZone(this.pendingZone.zone);
      this.pendingZone = undefined;
    }
  }

  /** Opens a session's details (and says so in the address and with `wsis-session-select`). */
  openSession(id: string, fromRow = false): void {
    this.parts?.openSession(id, fromRow);
  }

  /** Closes the details, if open. */
  closeSession(): void {
    this.parts?.closeSession();
  }

  /** Scrolls to a day's group, focuses it, and puts `#day=` in the address. */
  goToDay(day: string): void {
    this.parts?.goToDay(day);
  }

  /** Remembers a zone for this event (`event`, an IANA name) or forgets the choice (undefined). */
  chooseZone(zone: string | undefined): void {
    if (this.parts) this.parts.chooseZone(zone);
    else this.pendingZone = { zone };
  }

  /** @internal The deep link to a session (the details dialog and the calendar export use it). */
  sessionLink(id: string): string {
    return this.links.href({ '': id, day: undefined });
  }
}
