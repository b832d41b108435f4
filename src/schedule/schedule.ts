import { emit } from '../events/emit.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { createRef, ref } from 'lit/directives/ref.js';
import { repeat } from 'lit/directives/repeat.js';
import { WsisSessionSelectEvent } from '../events/session-select.js';
import { textFor } from '../feed/text.js';
import type { Feed } from '../feed/types.js';
import { WsisElement } from '../internal/wsis-element.js';
import { ClockController } from './clock.js';
import type { Plan } from './plan.js';
import { scheduleMessages, type ScheduleMessages } from './messages/index.js';
import { matchesTerms, normalize, queryTerms } from './search.js';
import {
  isLive,
  languageName,
  prepareSessions,
  renderSessionRow,
  trackColorSheet,
  type SessionRowContext,
  type SessionView,
} from './session-row.js';
import { scheduleStyles } from './schedule.styles.js';
import {
  allTimeZones,
  dayKeyInstant,
  groupByDay,
  isTimeZone,
  resolveTimeZone,
  sameClock,
  visitorTimeZone,
  weekOf,
  zoneAbbreviation,
  zoneLongName,
  type DayGroup,
} from './time.js';

type FilterKey = 'track' | 'type' | 'day' | 'location' | 'language' | 'query';

interface Option {
  value: string;
  label: string;
}

/** Sessions rendered before the first paint, then per background chunk. */
const FIRST_ROWS = 150;
const CHUNK_ROWS = 500;

/** Days of a programme above which the day strip is split into weeks. */
const WEEKS_ABOVE = 10;

const storageKey = (eventId: string) => `wsis-schedule.timezone.${eventId}`;

function readStored(key: string): string | undefined {
  try {
    return localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

function writeStored(key: string, value: string | undefined): void {
  try {
    if (value === undefined) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage refused (private mode, a sandboxed frame): the choice lasts for this page only.
  }
}

/** `#session=abc&day=2021-03-22` → a map. */
function hashParams(): URLSearchParams {
  return new URLSearchParams(location.hash.replace(/^#/, ''));
}

function writeHash(params: URLSearchParams): void {
  const text = params.toString();
  const url = `${location.pathname}${location.search}${text ? `#${text}` : ''}`;
  // replaceState: opening sessions does not fill the history with entries.
  history.replaceState(history.state, '', url);
}

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
 * @attr query - Text search over title, speakers, organizations and description.
 * @attr now - A DateTime that stands for the current time (previews, tests).
 * @attr hash-key - Key of the deep link in the URL hash (`#session=<id>`). Default `session`.
 *
 * @fires wsis-session-select - A session was opened: `detail: {id}`.
 * @fires wsis-favorites-change - The visitor starred or unstarred a session: `detail: {ids}` (every starred id).
 * @fires wsis-load - A feed was read: `detail: {feed, warnings}`.
 * @fires wsis-error - No feed could be read: `detail: {kind, message, status?}`.
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
export class WsisSchedule extends WsisElement {
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
  /** Text search (case- and accent-insensitive). */
  @property() query?: string;
  /** A DateTime standing for the current time. */
  @property() now?: string;
  /** Key of the deep link in the URL hash. */
  @property({ attribute: 'hash-key' }) hashKey = 'session';

  /** The visitor's remembered time-zone choice for this event (localStorage). */
  @state() private storedZone?: string;
  @state() private openId?: string;
  @state() private week?: string;
  @state() private copyStatus = '';
  /** The zone list (about 400 options) is rendered only while the picker is open. */
  @state() private zonePickerOpen = false;

  /** @internal The "now" clock (read by the favourites code, src/schedule/plan.ts). */
  readonly clock = new ClockController(this);

  // Derived in willUpdate.
  private feedSeen?: Feed;
  private eventId?: string;
  private viewsKey = '';
  private messagesSeen?: ScheduleMessages;
  /** Day groups rendered so far: big programmes are rendered in chunks after the first paint. */
  private renderedDays = 0;
  private chunkTimer?: ReturnType<typeof setTimeout>;
  // Read by the favourites and calendar code (plan.ts), hence not private.
  /** @internal */
  views: SessionView[] = [];
  /** @internal */
  byId = new Map<string, SessionView>();
  private groups: DayGroup<SessionView>[] = [];
  /**
   * Rows hidden through their `hidden` property: those the search or "My schedule" leaves out.
   * Track, type, location and language filters hide rows through `filterSheet` instead (a
   * filter change then touches no row), the day filter through the day groups.
   */
  private hiddenIds = new Set<string>();
  /** Filter value → the index token rows carry in `data-filter` (built per feed/zone/language). */
  private filterTokens = { track: new Map<string, string>(), type: new Map<string, string>(), location: new Map<string, string>(), language: new Map<string, string>() };
  /** One rule per filter state: `.list .session:not([data-filter~="t3"]) {display: none}`. */
  private filterSheet = Object.assign(new CSSStyleSheet(), { wsisFilter: true as const });
  private filterRules = '';
  /** @internal */
  visibleList: SessionView[] = [];
  private visibleByDay = new Map<string, number>();
  /** @internal */
  zone = 'UTC';
  private filterKey = '';
  private dayLabels = new Map<string, string>();
  private searched?: { views: SessionView[]; query: string; matches: SessionView[] };
  private options: Record<Exclude<FilterKey, 'query' | 'day'>, Option[]> & { day: Option[] } = {
    track: [],
    type: [],
    day: [],
    location: [],
    language: [],
  };
  private colorSheet?: CSSStyleSheet;
  private deepLinkDone = false;
  private pendingScroll?: { kind: 'session' | 'day'; id: string; focus: boolean };
  private returnFocusTo?: string;
  private readonly rowSizes = new WeakMap<Element, number>();
  private readonly listRef = createRef<HTMLDivElement>();
  private readonly dialogRef = createRef<HTMLDialogElement>();
  /** The hidden set last applied to the rows, and how many day groups it was applied to. */
  private appliedHidden?: Set<string>;
  private appliedDays = 0;
  private readonly rowIndex = new Map<string, HTMLElement>();
  private rowIndexViews?: SessionView[];

  private readonly onHashChange = () => this.applyHash(true);

  /** Stars, "My schedule", calendar exports and the grid view (plan.ts): loaded once there is a feed. */
  private plan?: Plan;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    clearTimeout(this.chunkTimer);
    this.chunkTimer = undefined;
    super.disconnectedCallback();
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    this.clock.setFixed(this.now);
    const feed = this.feedState.feed;
    if (!feed) return;
    if (!this.plan) {
      void import('./plan.js').then((m) => {
        this.plan ??= new m.Plan(this);
        this.requestUpdate();
      });
    }
    if (feed.event.id !== this.eventId) {
      this.eventId = feed.event.id;
      this.storedZone = readStored(storageKey(feed.event.id));
    }
    const chosen = this.storedZone === 'event' ? 'event' : this.storedZone;
    this.zone = resolveTimeZone(chosen ?? this.timezone, feed.event.timezone);
    const locale = this.locale.locale;
    const messages = this.messages;
    const key = `${locale}|${this.zone}`;
    let rebuilt = false;
    const wasComplete = this.groups.length > 0 && this.renderedDays >= this.groups.length;
    if (feed !== this.feedSeen || key !== this.viewsKey || messages !== this.messagesSeen) {
      this.messagesSeen = messages;
      if (feed !== this.feedSeen) {
        this.colorSheet = trackColorSheet(feed.tracks);
        this.adoptColors();
      }
      this.feedSeen = feed;
      this.viewsKey = key;
      this.views = prepareSessions(feed, { locale, zone: this.zone, messages });
      this.tokenize(this.views);
      this.byId = new Map(this.views.map((v) => [v.id, v]));
      this.groups = groupByDay(this.views, (v) => v.start, this.zone);
      this.options = this.buildOptions(feed, locale);
      const dayLabel = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' });
      this.dayLabels = new Map(this.groups.map((g) => [g.day, dayLabel.format(dayKeyInstant(g.day))]));
      rebuilt = true;
    }
    const filterKey = JSON.stringify([this.track, this.type, this.day, this.location, this.language, this.query, this.plan?.key]);
    if (rebuilt || filterKey !== this.filterKey) {
      const filtersChanged = !rebuilt && this.filterKey !== '';
      this.filterKey = filterKey;
      this.applyFilters();
      // The number of results, said politely to screen readers (merged while typing).
      if (filtersChanged) this.announcer.announce(this.countText());
    }
    // A deep link on load is read as soon as there are sessions, within this same update.
    if (!this.deepLinkDone && this.views.length) {
      this.deepLinkDone = true;
      this.applyHash(false);
    }
    // A refresh or a new zone keeps a complete list complete (no row disappears under the reader).
    if (rebuilt) this.renderedDays = wasComplete ? this.groups.length : Math.max(this.renderedDays, this.firstChunk());
  }

  /**
   * How many day groups the first paint renders: all of a programme of up to FIRST_ROWS
   * sessions; of a bigger one, the days holding the first FIRST_ROWS sessions that pass the
   * filters. The rest follow in background chunks of CHUNK_ROWS (all are in the DOM a moment
   * later, for find-in-page); a deep link, "Jump to now" or the day strip render all at once.
   */
  private firstChunk(): number {
    let rows = 0;
    let visible = 0;
    for (let i = 0; i < this.groups.length; i++) {
      rows += this.groups[i].items.length;
      visible += this.visibleByDay.get(this.groups[i].day) ?? 0;
      if (visible >= FIRST_ROWS || rows >= FIRST_ROWS * 4) return i + 1;
    }
    return this.groups.length;
  }

  private scheduleChunk(): void {
    if (this.chunkTimer !== undefined || this.renderedDays >= this.groups.length) return;
    this.chunkTimer = setTimeout(() => {
      this.chunkTimer = undefined;
      let rows = 0;
      while (this.renderedDays < this.groups.length && rows < CHUNK_ROWS) {
        rows += this.groups[this.renderedDays].items.length;
        this.renderedDays++;
      }
      this.requestUpdate();
    }, 0);
  }

  /** Renders every day now (before scrolling to a session or day that may not be there yet). */
  private renderAll(): void {
    this.renderedDays = this.groups.length;
  }

  private adoptColors(): void {
    const root = this.shadowRoot;
    if (!root || !this.colorSheet) return;
    const others = root.adoptedStyleSheets.filter(
      (s) => !(s as { wsisColors?: true }).wsisColors && !(s as { wsisFilter?: true }).wsisFilter,
    );
    (this.colorSheet as CSSStyleSheet & { wsisColors?: true }).wsisColors = true;
    root.adoptedStyleSheets = [...others, this.colorSheet, this.filterSheet];
  }

  /**
   * Gives every view its `filterKeys`: `t<i>` per track, `y<i>` for the type, `l<i>` for the
   * location, `g<i>` per language (base tag). The indices are generated here, so no feed string
   * ever reaches CSS.
   */
  private tokenize(views: SessionView[]): void {
    const tokens = { track: new Map<string, string>(), type: new Map<string, string>(), location: new Map<string, string>(), language: new Map<string, string>() };
    const token = (map: Map<string, string>, prefix: string, value: string) => {
      let t = map.get(value);
      if (t === undefined) map.set(value, (t = prefix + map.size));
      return t;
    };
    for (const view of views) {
      const s = view.session;
      const keys = new Set<string>();
      for (const id of s.tracks ?? []) keys.add(token(tokens.track, 't', id));
      if (s.type) keys.add(token(tokens.type, 'y', s.type));
      if (view.locationKey) keys.add(token(tokens.location, 'l', view.locationKey));
      for (const tag of s.languages ?? []) keys.add(token(tokens.language, 'g', tag.toLowerCase().split('-')[0]));
      view.filterKeys = [...keys].join(' ');
    }
    this.filterTokens = tokens;
  }

  /** The filter stylesheet's rule for the track, type, location and language filters. */
  private updateFilterSheet(location: string, language: string | undefined): void {
    const t = this.filterTokens;
    const wanted: string[] = [];
    // A value no session has gets a token no row carries ("none"): every row is hidden.
    if (this.track) wanted.push(t.track.get(this.track) ?? 'none');
    if (this.type) wanted.push(t.type.get(this.type) ?? 'none');
    if (location) wanted.push(t.location.get(location) ?? 'none');
    if (language) wanted.push(t.language.get(language) ?? 'none');
    // !important: a page's ::part(session) display rule must not bring filtered rows back.
    const rules = wanted.length
      ? `.list .session:not(${wanted.map((w) => `[data-filter~="${w}"]`).join('')}) { display: none !important; }`
      : '';
    if (rules !== this.filterRules) {
      this.filterRules = rules;
      // A new sheet swapped in, not the adopted one changed: WebKit keeps stale styles for that.
      const sheet = Object.assign(new CSSStyleSheet(), { wsisFilter: true as const });
      sheet.replaceSync(rules);
      const root = this.shadowRoot;
      if (root) root.adoptedStyleSheets = root.adoptedStyleSheets.map((s) => (s === this.filterSheet ? sheet : s));
      this.filterSheet = sheet;
    }
  }

  private buildOptions(feed: Feed, locale: string): typeof this.options {
    const collator = new Intl.Collator(locale);
    const byLabel = (a: Option, b: Option) => collator.compare(a.label, b.label);
    const locations = new Map<string, string>();
    const languages = new Set<string>();
    for (const view of this.views) {
      if (view.location) locations.set(view.locationKey, view.location);
      for (const tag of view.session.languages ?? []) languages.add(tag);
    }
    const dayFormat = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
    return {
      track: feed.tracks.map((t) => ({ value: t.id, label: textFor(t.name, locale) })).sort(byLabel),
      type: feed.sessionTypes.map((t) => ({ value: t.id, label: textFor(t.name, locale) })).sort(byLabel),
      day: this.groups.map((g) => ({ value: g.day, label: dayFormat.format(dayKeyInstant(g.day)) })),
      location: [...locations.values()].map((l) => ({ value: l, label: l })).sort(byLabel),
      language: [...languages].map((tag) => ({ value: tag, label: languageName(tag, locale) })).sort(byLabel),
    };
  }

  /** Which sessions pass the filters: a set and counts, no row is rebuilt. */
  private applyFilters(): void {
    const terms = queryTerms(this.query);
    const normalized = terms.join(' ');
    // Typing on narrows the last search: only its matches need to be searched again.
    const narrowing =
      this.searched?.views === this.views && normalized.startsWith(this.searched.query) && this.searched.query !== '';
    const matches = terms.length
      ? new Set((narrowing ? this.searched!.matches : this.views).filter((v) => matchesTerms(v.haystack, terms)))
      : undefined;
    this.searched = { views: this.views, query: normalized, matches: matches ? [...matches] : this.views };
    const location = this.location ? normalize(this.location) : '';
    const language = this.language?.toLowerCase().split('-')[0];
    const mine = this.plan?.keep();
    const hidden = new Set<string>();
    const visible: SessionView[] = [];
    const byDay = new Map<string, number>();
    for (const view of this.views) {
      const s = view.session;
      const kept = (!matches || matches.has(view)) && (!mine || mine.has(view.id));
      if (!kept) hidden.add(view.id);
      const pass =
        kept &&
        (!this.track || (s.tracks ?? []).includes(this.track)) &&
        (!this.type || s.type === this.type) &&
        (!this.day || view.day === this.day) &&
        (!location || view.locationKey === location) &&
        (!language || (s.languages ?? []).some((tag) => tag.toLowerCase().split('-')[0] === language));
      if (pass) {
        visible.push(view);
        byDay.set(view.day, (byDay.get(view.day) ?? 0) + 1);
      }
    }
    this.updateFilterSheet(location, language);
    this.hiddenIds = hidden;
    this.visibleList = visible;
    this.visibleByDay = byDay;
  }

  private liveCache?: { views: SessionView[]; now: number; key: string };
  /** The ids of the sessions under way at `now` (cached per feed and instant). */
  private liveKey(now: number): string {
    if (this.liveCache?.views !== this.views || this.liveCache.now !== now) {
      const key = this.views
        .filter((v) => isLive(v, now))
        .map((v) => v.id)
        .join(' ');
      this.liveCache = { views: this.views, now, key };
    }
    return this.liveCache.key;
  }

  private formatCache?: { locale: string; number: Intl.NumberFormat; day: Intl.DateTimeFormat; week: Intl.DateTimeFormat };
  /** The count's and the day strip's formatters, built once per locale (a filter change reuses them). */
  private formats(locale: string): NonNullable<typeof this.formatCache> {
    if (this.formatCache?.locale !== locale) {
      this.formatCache = {
        locale,
        number: new Intl.NumberFormat(locale),
        day: new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }),
        week: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }),
      };
    }
    return this.formatCache;
  }

  /** `12 sessions`, or `3 of 38 sessions` when filters are on. */
  private countText(): string {
    const m = this.messages;
    const number = this.formats(this.locale.locale).number;
    const count = this.visibleList.length;
    return count === this.views.length
      ? m.results(number.format(count), count)
      : m.resultsOf(number.format(count), number.format(this.views.length));
  }

  private get messages(): ScheduleMessages {
    return this.locale.messages(scheduleMessages);
  }

  protected override renderFeed(feed: Feed): TemplateResult {
    const m = this.messages;
    const now = this.clock.now;
    const ctx: SessionRowContext = { messages: m, now, open: (id) => this.openSession(id, true) };
    const count = this.visibleList.length;
    // Rows re-render only when the feed, the language or the set of live sessions changes: a
    // track/type/location/language filter rewrites one stylesheet rule (filterSheet), the day
    // filter hides day groups, a keystroke toggles `hidden` on the rows that change (updated()).
    const liveKey = this.liveKey(now);
    return html`
      ${this.heading(0, m.programme)}
      <div part="controls" class="controls">
        ${this.renderZoneLine(feed, m)} ${this.renderFilters(m)} ${this.renderChips(m)}
        ${this.plan?.renderControls()}
        <p class="count">${this.countText()}</p>
      </div>
      ${this.plan?.renderGrid() ?? this.renderDayNav(m, now)}
      <div class="list" ${ref(this.listRef)}>
        ${repeat(
          this.renderedDays >= this.groups.length ? this.groups : this.groups.slice(0, this.renderedDays),
          (group) => group.day,
          (group) => html`<section
            part="day"
            class="day"
            data-day=${group.day}
            tabindex="-1"
            ?hidden=${!this.visibleByDay.get(group.day)}
          >
            ${guard([group, this.headingLevel], () => this.heading(1, this.dayLabels.get(group.day), 'day-heading'))}
            <ul class="sessions">
              ${guard([group, m, liveKey], () =>
                repeat(
                  group.items,
                  (view) => view.id,
                  (view) => renderSessionRow(view, ctx),
                ),
              )}
            </ul>
          </section>`,
        )}
      </div>
      ${count === 0
        ? this.views.length === 0
          ? this.renderEmpty(m.noSessions)
          : this.renderEmpty(
              m.noResults,
              html`<button class="button" type="button" @click=${this.clearAll}>${m.clearAll}</button>`,
            )
        : nothing}
      ${this.renderDetails(feed, m, now)}
    `;
  }

  // ---- time zone --------------------------------------------------------------------------

  private renderZoneLine(feed: Feed, m: ScheduleMessages): TemplateResult {
    const locale = this.locale.locale;
    const at = this.views[0]?.start ?? this.clock.now;
    const reference = this.clock.now >= at && this.clock.now <= (this.views.at(-1)?.end ?? 0) ? this.clock.now : at;
    const visitor = visitorTimeZone();
    const eventZone = resolveTimeZone('event', feed.event.timezone);
    const line = m.timesIn(zoneLongName(reference, this.zone, locale), zoneAbbreviation(reference, this.zone, locale));
    let action: TemplateResult | typeof nothing = nothing;
    if (!sameClock(this.zone, visitor, reference)) {
      action = html`<button class="link" type="button" @click=${() => this.chooseZone(visitor)}>${m.showMyTime}</button>`;
    } else if (!sameClock(this.zone, eventZone, reference)) {
      action = html`<button class="link" type="button" @click=${() => this.chooseZone('event')}>${m.showEventTime}</button>`;
    }
    const zones = this.zonePickerOpen ? allTimeZones([eventZone, visitor]) : [];
    return html`<div class="zone-line">
      <p><span class="zone-text">${line}</span> ${action}</p>
      <details
        class="zone-picker"
        @toggle=${(e: Event) => (this.zonePickerOpen = (e.currentTarget as HTMLDetailsElement).open)}
      >
        <summary>${m.timeZone}: <span class="zone-id">${this.zone}</span></summary>
        <form class="zone-form" @submit=${this.onZoneSubmit}>
          <label>
            <span>${m.timeZone}</span>
            <input name="zone" list="zones" autocomplete="off" .value=${this.zone} aria-describedby="zone-hint" />
          </label>
          <span id="zone-hint" class="hint">${m.timeZoneHint}</span>
          <datalist id="zones">
            ${this.zonePickerOpen ? guard([zones.join()], () => zones.map((z) => html`<option value=${z}></option>`)) : nothing}
          </datalist>
          <button class="button" type="submit">${m.applyTimeZone}</button>
          ${this.storedZone
            ? html`<button class="button secondary" type="button" @click=${() => this.chooseZone(undefined)}>
                ${m.resetTimeZone}
              </button>`
            : nothing}
        </form>
      </details>
    </div>`;
  }

  private onZoneSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('zone') as HTMLInputElement;
    const value = input.value.trim();
    const match = allTimeZones().find((z) => z.toLowerCase() === value.toLowerCase()) ?? value;
    if (isTimeZone(match)) {
      input.setCustomValidity('');
      this.chooseZone(match);
    } else {
      input.setCustomValidity(this.messages.timeZoneHint);
      input.reportValidity();
    }
  }

  /** Remembers a zone for this event (`event`, an IANA name) or forgets the choice (undefined). */
  chooseZone(zone: string | undefined): void {
    this.storedZone = zone;
    if (this.eventId) writeStored(storageKey(this.eventId), zone);
  }

  // ---- filters ----------------------------------------------------------------------------

  private renderFilters(m: ScheduleMessages): TemplateResult {
    const select = (key: Exclude<FilterKey, 'query'>, label: string) => {
      const options = this.options[key];
      const current = this[key] ?? '';
      return html`<label class="filter">
        <span>${label}</span>
        <select @change=${(e: Event) => this.setFilter(key, (e.target as HTMLSelectElement).value)}>
          ${guard(
            [options, current, m],
            () => html`<option value="" ?selected=${!current}>${m.all}</option>
              ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === current}>${o.label}</option>`)}`,
          )}
        </select>
      </label>`;
    };
    return html`<form part="filters" class="filters" role="search" @submit=${(e: Event) => e.preventDefault()}>
      <label class="filter search">
        <span>${m.search}</span>
        <input
          type="search"
          .value=${this.query ?? ''}
          placeholder=${m.searchHint}
          @input=${(e: Event) => this.setFilter('query', (e.target as HTMLInputElement).value)}
        />
      </label>
      ${this.options.track.length ? select('track', m.track) : nothing}
      ${this.options.type.length ? select('type', m.type) : nothing}
      ${this.options.day.length > 1 ? select('day', m.day) : nothing}
      ${this.options.location.length > 1 ? select('location', m.location) : nothing}
      ${this.options.language.length > 1 ? select('language', m.language) : nothing}
    </form>`;
  }

  private renderChips(m: ScheduleMessages): TemplateResult | typeof nothing {
    const labels: Record<FilterKey, string> = {
      track: m.track,
      type: m.type,
      day: m.day,
      location: m.location,
      language: m.language,
      query: m.search,
    };
    const active = (Object.keys(labels) as FilterKey[]).filter((key) => this[key]);
    if (active.length === 0) return nothing;
    const valueLabel = (key: FilterKey) => {
      const value = this[key] ?? '';
      if (key === 'query') return `“${value}”`;
      return this.options[key].find((o) => o.value === value)?.label ?? value;
    };
    return html`<div class="chips">
      ${active.map((key) => {
        const text = `${labels[key]}: ${valueLabel(key)}`;
        return html`<button
          part="chip"
          class="chip"
          type="button"
          aria-label=${m.removeFilter(text)}
          @click=${() => this.setFilter(key, '')}
        >
          ${text} <span aria-hidden="true">×</span>
        </button>`;
      })}
      <button class="link" type="button" @click=${this.clearAll}>${m.clearAll}</button>
    </div>`;
  }

  private setFilter(key: FilterKey, value: string): void {
    this[key] = value === '' ? undefined : value;
  }

  private readonly clearAll = () => {
    for (const key of ['track', 'type', 'day', 'location', 'language', 'query'] as const) this[key] = undefined;
    void this.updateComplete.then(() => {
      (this.renderRoot.querySelector('input[type="search"]') as HTMLElement | null)?.focus();
    });
  };

  // ---- day strip, weeks, now --------------------------------------------------------------

  private renderDayNav(m: ScheduleMessages, now: number): TemplateResult | typeof nothing {
    const days = this.groups.map((g) => g.day).filter((d) => this.visibleByDay.get(d));
    const first = this.views[0];
    const last = this.views.at(-1);
    const during = !!first && !!last && now >= first.start && now < Math.max(...this.views.slice(-50).map((v) => v.end));
    if (days.length < 2 && !during) return nothing;
    const locale = this.locale.locale;
    const { day: dayFormat, week: weekFormat } = this.formats(locale);
    let shownDays = days;
    let weeksNav: TemplateResult | typeof nothing = nothing;
    if (days.length > WEEKS_ABOVE) {
      const weeks = [...new Set(days.map(weekOf))];
      const nowDay = during ? this.views.find((v) => v.end > now)?.day : undefined;
      const selected =
        this.week && weeks.includes(this.week) ? this.week : nowDay && weeks.includes(weekOf(nowDay)) ? weekOf(nowDay) : weeks[0];
      shownDays = days.filter((d) => weekOf(d) === selected);
      weeksNav = html`<ul class="strip weeks" aria-label=${m.weeks}>
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
        ? html`<ul class="strip days">
            ${shownDays.map(
              (d) => html`<li>
                <button type="button" data-day=${d} @click=${() => this.goToDay(d)}>${dayFormat.format(dayKeyInstant(d))}</button>
              </li>`,
            )}
          </ul>`
        : nothing}
      ${during
        ? html`<button class="button jump-now" type="button" @click=${this.jumpToNow}>${m.jumpToNow}</button>`
        : nothing}
    </nav>`;
  }

  private selectWeek(week: string, days: string[]): void {
    this.week = week;
    const first = days.find((d) => weekOf(d) === week);
    if (first) this.goToDay(first);
  }

  /** Scrolls to a day's group, focuses it, and puts `#day=` in the address. */
  goToDay(day: string): void {
    this.renderAll();
    this.pendingScroll = { kind: 'day', id: day, focus: true };
    const params = hashParams();
    params.set('day', day);
    params.delete(this.hashKey);
    writeHash(params);
    this.requestUpdate();
  }

  private readonly jumpToNow = () => {
    const now = this.clock.now;
    const target = this.visibleList.find((v) => v.end > now);
    this.renderAll();
    if (target) this.pendingScroll = { kind: 'session', id: target.id, focus: true };
    this.requestUpdate();
  };

  // ---- details ----------------------------------------------------------------------------

  /** Opens a session's details (and says so in the address and with `wsis-session-select`). */
  openSession(id: string, fromRow = false): void {
    if (!this.byId.has(id)) return;
    if (fromRow || this.openId === undefined) this.returnFocusTo = id;
    this.openId = id;
    this.copyStatus = '';
    this.loadDetails();
    const params = hashParams();
    params.set(this.hashKey, id);
    params.delete('day');
    writeHash(params);
    emit(this, new WsisSessionSelectEvent({ id }));
  }

  /** Closes the details, if open. */
  closeSession(): void {
    this.dialogRef.value?.close();
  }

  private readonly onDialogClose = () => {
    const id = this.openId ?? this.returnFocusTo;
    this.openId = undefined;
    const params = hashParams();
    if (params.has(this.hashKey)) {
      params.delete(this.hashKey);
      writeHash(params);
    }
    if (id) {
      this.renderAll();
      this.pendingScroll = { kind: 'session', id, focus: true };
    }
  };

  private applyHash(fromEvent: boolean): void {
    if (!this.views.length) return;
    const params = hashParams();
    const id = params.get(this.hashKey);
    const day = params.get('day');
    if ((id && this.byId.has(id)) || (day && this.visibleByDay.has(day))) this.renderAll();
    if (id && this.byId.has(id)) {
      if (id !== this.openId) {
        this.openSession(id, true);
        this.pendingScroll = { kind: 'session', id, focus: false };
      }
    } else if (day && this.visibleByDay.has(day)) {
      this.pendingScroll = { kind: 'day', id: day, focus: false };
      this.requestUpdate();
    } else if (fromEvent && this.openId) {
      this.closeSession();
    }
  }

  private renderDetails(feed: Feed, m: ScheduleMessages, now: number): TemplateResult {
    const view = this.openId ? this.byId.get(this.openId) : undefined;
    let body: unknown = nothing;
    if (view && this.details) {
      const index = this.visibleList.indexOf(view);
      const list = index >= 0 ? this.visibleList : this.views;
      const at = list.indexOf(view);
      body = this.details.renderDetailsBody({
        feed,
        view,
        previous: at > 0 ? list[at - 1] : undefined,
        next: at >= 0 && at < list.length - 1 ? list[at + 1] : undefined,
        messages: m,
        now,
        locale: this.locale.locale,
        copyStatus: this.copyStatus,
        heading: (depth, content, part) => this.heading(depth, content, part),
        close: () => this.closeSession(),
        open: (id) => this.openSession(id),
        copy: () => void this.copyLink(view.id),
        link: () => this.sessionLink(view.id),
      });
    }
    return html`<dialog ${ref(this.dialogRef)} part="details" class="details" aria-label=${view ? view.title : m.details} @close=${this.onDialogClose}>
      ${body}
    </dialog>`;
  }

  /** The details' code (and the calendar export) is fetched when a session is first opened. */
  private details?: typeof import('./details.js');
  private loadDetails(): void {
    if (this.details) return;
    void import('./details.js').then((module) => {
      this.details = module;
      this.requestUpdate();
    });
  }

  /** @internal The deep link to a session (the details dialog and the calendar export use it). */
  sessionLink(id: string): string {
    const params = hashParams();
    params.set(this.hashKey, id);
    params.delete('day');
    return `${location.origin}${location.pathname}${location.search}#${params.toString()}`;
  }

  private async copyLink(id: string): Promise<void> {
    const m = this.messages;
    try {
      await navigator.clipboard.writeText(this.sessionLink(id));
      this.copyStatus = m.linkCopied;
    } catch {
      this.copyStatus = m.copyFailed;
    }
  }

  // ---- after render -----------------------------------------------------------------------

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.feedState.feed) return;
    if (this.colorSheet && !this.shadowRoot!.adoptedStyleSheets.includes(this.filterSheet)) this.adoptColors();
    this.hideRows();
    this.sizeDays();
    this.centerSelectedWeek();
    this.scheduleChunk();
    const dialog = this.dialogRef.value;
    if (dialog) {
      if (this.openId && this.byId.has(this.openId) && this.details && !dialog.open) {
        dialog.showModal();
        (dialog.querySelector('.close') as HTMLElement | null)?.focus();
      } else if (this.openId && !this.byId.has(this.openId) && dialog.open) {
        dialog.close();
      } else if (!this.openId && dialog.open) {
        dialog.close();
      }
    }
    if (this.pendingScroll) {
      const target = this.pendingScroll;
      this.pendingScroll = undefined;
      const element =
        target.kind === 'day'
          ? (this.renderRoot.querySelector(`[part~="day"][data-day="${CSS.escape(target.id)}"]`) as HTMLElement | null)
          : (this.renderRoot.querySelector(`[part~="session"][data-id="${CSS.escape(target.id)}"]`) as HTMLElement | null);
      if (element) {
        element.scrollIntoView({ block: target.kind === 'day' ? 'start' : 'center' });
        if (target.focus) {
          const focusable = target.kind === 'day' ? element : (element.querySelector('button.open') as HTMLElement | null);
          focusable?.focus({ preventScroll: true });
        }
      }
    }
  }

  /**
   * Shows and hides rows as the filters say. Rows are not re-rendered for a filter change (the
   * template does not bind `hidden`): only rows whose state changes are touched, found through
   * an index of the rendered rows that grows with each rendered chunk.
   */
  private hideRows(): void {
    const list = this.listRef.value;
    if (!list) return;
    if (this.rowIndexViews !== this.views) {
      this.rowIndex.clear();
      this.rowIndexViews = this.views;
      this.appliedDays = 0;
      this.appliedHidden = undefined;
    }
    const sections = list.children;
    // Sections rendered since the last call: index their rows and give them their state.
    for (let i = this.appliedDays; i < sections.length; i++) {
      for (const row of sections[i].lastElementChild?.children ?? []) {
        const id = row.getAttribute('data-id');
        if (id === null) continue;
        this.rowIndex.set(id, row as HTMLElement);
        (row as HTMLElement).hidden = this.hiddenIds.has(id);
      }
    }
    const previous = this.appliedHidden;
    if (previous && previous !== this.hiddenIds) {
      for (const id of previous) if (!this.hiddenIds.has(id)) this.setRowHidden(id, false);
      for (const id of this.hiddenIds) if (!previous.has(id)) this.setRowHidden(id, true);
    }
    this.appliedHidden = this.hiddenIds;
    this.appliedDays = sections.length;
  }

  private setRowHidden(id: string, hidden: boolean): void {
    const row = this.rowIndex.get(id);
    if (row) row.hidden = hidden;
  }

  private centeredWeek?: string;
  /** Scrolls the week strip (only it, never the page) so that the selected week shows. */
  private centerSelectedWeek(): void {
    const pressed = this.renderRoot.querySelector<HTMLElement>('.weeks [aria-pressed="true"]');
    const strip = pressed?.closest<HTMLElement>('.strip');
    if (!pressed || !strip || pressed.textContent === this.centeredWeek) return;
    this.centeredWeek = pressed.textContent ?? undefined;
    const button = pressed.getBoundingClientRect();
    const box = strip.getBoundingClientRect();
    if (button.left < box.left || button.right > box.right) {
      strip.scrollLeft += button.left - box.left - (box.width - button.width) / 2;
    }
  }

  /** Gives each day group an intrinsic size from its visible rows, for `content-visibility`. */
  private sizeDays(): void {
    const list = this.listRef.value;
    if (!list) return;
    for (const section of list.children as HTMLCollectionOf<HTMLElement>) {
      // A day keeps its first estimate: `contain-intrinsic-size: auto` remembers its real size
      // once laid out, so a filter change writes nothing here.
      if (this.rowSizes.has(section)) continue;
      const rows = this.visibleByDay.get(section.getAttribute('data-day') ?? '') ?? 0;
      {
        this.rowSizes.set(section, rows);
        section.style.setProperty('--_rows', String(rows));
      }
    }
  }
}
