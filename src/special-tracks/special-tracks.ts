import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { WsisTrackSelectEvent } from '../events/track-select.js';
import { textFor } from '../feed/text.js';
import type { Feed, Track, TrackStatus } from '../feed/types.js';
import { prefersReducedMotion } from '../internal/media-query.js';
import { safeUrl } from '../internal/safe-url.js';
import { WsisElement } from '../internal/wsis-element.js';
import { scheduleMessages } from '../schedule/messages/index.js';
import {
  prepareSessions,
  renderSessionRow,
  sessionRowStyles,
  trackColorSheet,
  type SessionView,
} from '../schedule/session-row.js';
import { groupByDay, resolveTimeZone } from '../schedule/time.js';
import {
  countByTrack,
  filterTracks,
  groupByTrack,
  nextBoundary,
  parseInstant,
  parseList,
  parseStatuses,
  splitAtNow,
  validColor,
} from './derive.js';
import { formatCount, formatDay, formatYears, pluralOf } from './format.js';
import { specialTracksMessages } from './messages/index.js';
import type { SpecialTracksMessages } from './messages/en.js';
import { NowClock } from './now-clock.js';
import { specialTracksStyles } from './special-tracks.styles.js';

/**
 * The special tracks of an event (feed `tracks`), as cards in feed order: name, description,
 * status, the years the track runs, its colour as an accent stripe, its link, the number of its
 * sessions and, with `sessions`, its upcoming and past sessions. It has no slot: content placed
 * inside it is what visitors without JavaScript see, hidden once the widget renders.
 *
 * @summary The special tracks of the event and their sessions.
 * @tag wsis-special-tracks
 *
 * @attr src - URL of a feed (feed-v1). Elements naming the same URL share one request.
 * @attr lang - UI and content language (default: the nearest ancestor's, then the document's).
 * @attr refresh - Seconds between background re-reads of `src`.
 * @attr heading-level - Level (2–6) of each track's heading; session headings are one below. Default 2.
 * @attr theme - `light` (default), `dark` or `auto`.
 * @attr track - Show only this track (a track id; several may be given, comma-separated).
 * @attr status - Show only tracks of this status: `new`, `continuing`, `concluded` (comma-separated for several).
 * @attr sessions - Boolean: list each track's upcoming sessions under it, past ones behind a disclosure.
 * @attr timezone - Zone of the session times: `event` (default: the feed's), `local` (the visitor's) or an IANA name.
 * @attr now - A DateTime that stands for the current time (previews, tests); default the real clock.
 * @attr schedule - The id of a `<wsis-schedule>` in the same document (or shadow root): "See in the programme" sets its `track` and scrolls to it.
 *
 * @fires wsis-track-select - `detail: {id}` when a visitor chooses "See in the programme". Cancelable: `preventDefault()` keeps the linked schedule as it is.
 * @fires wsis-load - `detail: {feed, warnings}` after a document is read.
 * @fires wsis-error - `detail: {kind, message, status?}` when no document could be read.
 *
 * @csspart empty - Shown (role=status) when the feed has no tracks or the filters leave none.
 * @csspart show-all - The empty state's "Show all tracks" button (removes `track` and `status`).
 * @csspart tracks - The list of track cards.
 * @csspart track - One track card; `data-id` = the track's id, `data-status` = its status.
 * @csspart track-name - The track's heading.
 * @csspart track-status - The status badge (`data-status` on the card tells which).
 * @csspart track-description - The track's description.
 * @csspart track-editions - The years the track runs.
 * @csspart track-count - The number of the track's sessions in the feed.
 * @csspart track-link - The link to the track's page.
 * @csspart track-select - The "See in the programme" button.
 * @csspart track-sessions - The sessions block under a track (with `sessions`).
 * @csspart sessions-heading - The "Upcoming sessions" heading of a track.
 * @csspart past-sessions - The disclosure (`details`) holding a track's past sessions.
 * @csspart day - A day's sessions; `data-day` = `YYYY-MM-DD` in the shown time zone (as in `<wsis-schedule>`).
 * @csspart session - One session; `data-id` = the session's id (the schedule's own row).
 * @csspart session-live - Added to `session` while the session is under way.
 * @csspart session-time - A session's day and time in the shown time zone.
 * @csspart session-title - A session's title.
 *
 * @cssprop [--wsis-special-tracks-card-min-width=280px] - Narrowest card before the grid drops a column.
 * @cssprop [--wsis-special-tracks-gap=16px] - Space between cards (default `--wsis-space-m`).
 * @cssprop [--wsis-special-tracks-stripe-width=6px] - Width of the track's colour stripe (the track's feed colour; `--wsis-color-accent` when it has none).
 */
export class WsisSpecialTracks extends WsisElement {
  static override styles = [...WsisElement.styles, sessionRowStyles, specialTracksStyles];

  /** Show only this track id (comma-separated ids for several). */
  @property({ reflect: true }) track?: string;

  /** Show only tracks of this status (`new`, `continuing`, `concluded`; comma-separated). */
  @property({ reflect: true }) status?: string;

  /** List each track's sessions under it. */
  @property({ type: Boolean, reflect: true }) sessions = false;

  /** Zone of session times: `event`, `local` or an IANA name. */
  @property() timezone = 'event';

  /** A DateTime standing for the current time; default the real clock. */
  @property() now?: string;

  /** Id of the `<wsis-schedule>` that "See in the programme" filters and scrolls to. */
  @property() schedule?: string;

  private readonly clock = new NowClock(this);
  private readonly reducedMotion = prefersReducedMotion(this);
  private derivedFrom?: Feed;
  private counts = new Map<string, number>();
  private trackById = new Map<string, Track>();
  private shown: Track[] = [];
  private nowMs = Date.now();
  /** The shown zone (IANA name) of the session times. */
  private zone = 'UTC';
  private viewsKey = '';
  /** Each track's sessions as the schedule's row data, by start (only with `sessions`). */
  private viewsByTrack = new Map<string, SessionView[]>();
  private colorSheet?: CSSStyleSheet & { wsisColors?: true };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const feed = this.feedState.feed;
    const feedChanged = feed !== this.derivedFrom;
    if (feedChanged) {
      this.derivedFrom = feed;
      this.counts = countByTrack(feed?.sessions ?? []);
      this.trackById = new Map((feed?.tracks ?? []).map((track) => [track.id, track]));
      this.colorSheet = feed ? trackColorSheet(feed.tracks) : undefined;
      this.viewsKey = '';
    }
    if (feedChanged || changed.has('track') || changed.has('status')) {
      this.shown = filterTracks(feed?.tracks ?? [], parseList(this.track), parseStatuses(this.status));
    }
    this.nowMs = parseInstant(this.now) ?? Date.now();
    if (feed && this.sessions) {
      // The schedule's rows, rules and wording: built once per feed, zone and language.
      this.zone = resolveTimeZone(this.timezone, feed.event.timezone);
      const locale = this.locale.locale;
      const key = `${locale}|${this.zone}`;
      if (key !== this.viewsKey) {
        this.viewsKey = key;
        const views = prepareSessions(feed, { locale, zone: this.zone });
        this.viewsByTrack = groupByTrack(views, (view) => view.session.tracks ?? []);
      }
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The feed's colour reaches CSS through the CSSOM only (strict CSP: no style attribute in
    // templates), and only once validated as #rrggbb.
    for (const card of this.renderRoot.querySelectorAll<HTMLElement>('[part~="track"]')) {
      const color = validColor(this.trackById.get(card.dataset.id ?? '')?.color);
      if (color) card.style.setProperty('--_track-color', color);
      else card.style.removeProperty('--_track-color');
    }
    this.adoptColors();
    // With the real clock, re-render when the next shown session ends.
    const live = this.sessions && parseInstant(this.now) === undefined;
    this.clock.wakeAt(
      live
        ? nextBoundary(this.shown.flatMap((track) => this.viewsByTrack.get(track.id) ?? []), this.nowMs)
        : undefined,
    );
  }

  /** The session rows' track dots take each track's colour from one constructable sheet (CSP-safe). */
  private adoptColors(): void {
    const root = this.shadowRoot;
    if (!root) return;
    const sheet = this.sessions ? this.colorSheet : undefined;
    const current = root.adoptedStyleSheets.find((s) => (s as { wsisColors?: true }).wsisColors);
    if (current === sheet) return;
    const others = root.adoptedStyleSheets.filter((s) => s !== current);
    if (sheet) sheet.wsisColors = true;
    root.adoptedStyleSheets = sheet ? [...others, sheet] : others;
  }

  protected override renderFeed(feed: Feed): TemplateResult {
    const m = this.locale.messages(specialTracksMessages);
    if (feed.tracks.length === 0) return this.renderEmpty(m.emptyNone);
    if (this.shown.length === 0) {
      return this.renderEmpty(
        m.emptyFiltered,
        html`<button class="button" part="show-all" type="button" @click=${this.showAll}>${m.showAll}</button>`,
      );
    }
    return html`<ul class="tracks" part="tracks" role="list" tabindex="-1" aria-label=${m.listLabel}>
      ${repeat(
        this.shown,
        (track) => track.id,
        (track) => this.renderTrack(track, m),
      )}
    </ul>`;
  }

  private renderTrack(track: Track, m: SpecialTracksMessages): TemplateResult {
    const locale = this.locale.locale;
    const name = textFor(track.name, locale);
    const url = safeUrl(track.url);
    const count = this.counts.get(track.id) ?? 0;
    const paragraphs = textFor(track.description, locale)
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter((paragraph) => paragraph !== '');
    const label = html`<span class="visually-hidden"> (${name})</span>`;
    return html`<li class="track-card" part="track" data-id=${track.id} data-status=${track.status ?? nothing}>
      <div class="track-head">
        ${this.heading(0, html`<span dir="auto">${name}</span>`, 'track-name')}
        ${track.status
          ? html`<span class="status-badge" part="track-status"
              ><span class="visually-hidden">${m.statusPrefix}: </span>${statusWord(track.status, m)}</span
            >`
          : nothing}
      </div>
      ${paragraphs.length
        ? html`<div class="description" part="track-description">
            ${paragraphs.map((p) => html`<p dir="auto">${p}</p>`)}
          </div>`
        : nothing}
      <ul class="facts" role="list">
        ${track.editions?.length
          ? html`<li part="track-editions">${m.editions(formatYears(track.editions, locale))}</li>`
          : nothing}
        <li part="track-count">
          ${count === 0 ? m.noSessions : m.sessionCount(formatCount(count, locale), pluralOf(count, locale))}
        </li>
      </ul>
      ${url || count > 0
        ? html`<div class="actions">
            ${count > 0
              ? html`<button class="button" part="track-select" type="button" @click=${() => this.select(track)}>
                  ${m.seeInProgramme}${label}
                </button>`
              : nothing}
            ${url ? html`<a part="track-link" href=${url}>${m.trackPage}${label}</a>` : nothing}
          </div>`
        : nothing}
      ${this.sessions ? this.renderSessions(track, m) : nothing}
    </li>`;
  }

  private renderSessions(track: Track, m: SpecialTracksMessages): unknown {
    const all = this.viewsByTrack.get(track.id) ?? [];
    if (all.length === 0) return nothing;
    const locale = this.locale.locale;
    const { upcoming, past } = splitAtNow(all, this.nowMs);
    return html`<div class="track-sessions" part="track-sessions">
      ${this.heading(1, m.upcoming, 'sessions-heading')}
      ${upcoming.length ? this.renderDays(upcoming) : html`<p class="none">${m.noUpcoming}</p>`}
      ${past.length
        ? html`<details part="past-sessions">
            <summary>${m.past(formatCount(past.length, locale))}</summary>
            ${this.renderDays(past)}
          </details>`
        : nothing}
    </div>`;
  }

  /** Sessions grouped by their day in the shown zone (part `day`, `data-day` as in the schedule). */
  private renderDays(views: SessionView[]): TemplateResult {
    const locale = this.locale.locale;
    const context = { messages: this.locale.messages(scheduleMessages), now: this.nowMs };
    return html`<ul class="days" role="list">
      ${groupByDay(views, (view) => view.start, this.zone).map(
        (group) => html`<li part="day" data-day=${group.day}>
          <p class="day-label"><time datetime=${group.day}>${formatDay(group.day, locale)}</time></p>
          <ul class="sessions" role="list">
            ${repeat(
              group.items,
              (view) => view.id,
              (view) => renderSessionRow(view, context),
            )}
          </ul>
        </li>`,
      )}
    </ul>`;
  }

  /** The empty state's way back: drop the filters, then put focus on the list that replaced the button. */
  private readonly showAll = async (): Promise<void> => {
    this.track = undefined;
    this.status = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.tracks')?.focus();
  };

  /** "See in the programme": tell the page, then filter and reveal the linked schedule. */
  private select(track: Track): void {
    const proceed = this.dispatchEvent(new WsisTrackSelectEvent({ id: track.id }));
    if (!proceed || !this.schedule) return;
    const target = this.findSchedule(this.schedule);
    if (!target) return;
    target.setAttribute('track', track.id);
    target.scrollIntoView({ behavior: this.reducedMotion.matches ? 'auto' : 'smooth', block: 'start' });
    const m = this.locale.messages(specialTracksMessages);
    this.announcer.announce(m.programmeShows(textFor(track.name, this.locale.locale)));
  }

  /** The element with that id in this element's tree (its shadow root or the document), then the document. */
  private findSchedule(id: string): HTMLElement | undefined {
    const root = this.getRootNode();
    const local = root instanceof ShadowRoot || root instanceof Document ? root.getElementById(id) : null;
    const found = local ?? document.getElementById(id);
    return found instanceof HTMLElement && found !== this ? found : undefined;
  }
}

function statusWord(status: TrackStatus, m: SpecialTracksMessages): string {
  switch (status) {
    case 'new':
      return m.statusNew;
    case 'continuing':
      return m.statusContinuing;
    case 'concluded':
      return m.statusConcluded;
  }
}
