import { nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { emit } from '../events/emit.js';
import { WsisTrackSelectEvent } from '../events/track-select.js';
import type { Feed } from '../feed/types.js';
import { ClockController } from '../internal/clock.js';
import { viewOf, type ViewSource } from '../internal/element-view.js';
import { LazyModule } from '../internal/lazy-module.js';
import { revealLinked } from '../internal/linked-element.js';
import { WsisElement } from '../internal/wsis-element.js';
import type { SpecialTracksActions, SpecialTracksView, TracksDerived } from './model.js';

/**
 * The special tracks of an event (feed `tracks`), as cards in feed order: name, description,
 * status, the years the track runs, its colour as an accent stripe, its link, the number of its
 * sessions and, with `sessions`, its upcoming and past sessions. It has no slot: content placed
 * inside it is what visitors without JavaScript see, hidden once the widget renders.
 *
 * This module is the element's class only; its templates, styles, wording and formatting are in
 * special-tracks-view.ts (`WsisSpecialTracks.view`), which the all-in-one bundle loads when the
 * first `<wsis-special-tracks>` connects.
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
 * @attr partner - Show only sessions a partner organizes (`sessions[].organizers`; partner ids, comma-separated for several): track counts and session lists count only those, and tracks without one are hidden.
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
 * @csspart show-all - The empty state's "Show all tracks" button (removes `track`, `status` and `partner`).
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
  /** Show only this track id (comma-separated ids for several). */
  @property({ reflect: true }) track?: string;

  /** Show only tracks of this status (`new`, `continuing`, `concluded`; comma-separated). */
  @property({ reflect: true }) status?: string;

  /** Show only sessions organized by this partner id (comma-separated ids for several). */
  @property({ reflect: true }) partner?: string;

  /** List each track's sessions under it. */
  @property({ type: Boolean, reflect: true }) sessions = false;

  /** Zone of session times: `event`, `local` or an IANA name. */
  @property() timezone = 'event';

  /** A DateTime standing for the current time; default the real clock. */
  @property() now?: string;

  /** Id of the `<wsis-schedule>` that "See in the programme" filters and scrolls to. */
  @property() schedule?: string;

  /** The view (special-tracks-view.ts): attached by src/define/special-tracks.ts, else loaded. */
  static view?: ViewSource<SpecialTracksView>;

  protected override viewCode = new LazyModule<SpecialTracksView>(this, `<${this.localName}>`, () =>
    viewOf(this.constructor as typeof WsisSpecialTracks),
  );

  /** Re-renders when the next shown session ends (real clock only). */
  private readonly clock = new ClockController(this, { period: 0 });
  private derived?: TracksDerived;
  /** Focus the list after the next render ("Show all tracks" replaced the empty state). */
  private focusListPending = false;

  private readonly actions: SpecialTracksActions = {
    select: (id, say) => this.select(id, say),
    showAll: () => {
      this.track = undefined;
      this.status = undefined;
      this.partner = undefined;
      this.focusListPending = true;
    },
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.clock.setFixed(this.now);
    const view = this.viewCode.module;
    const feed = this.feedState.feed;
    if (!view || !feed) return;
    const { track, status, partner, sessions, timezone } = this;
    this.derived = view.derive(feed, { track, status, partner, sessions, timezone, now: this.clock.now }, this.context);
    this.sheets.set('track-colors', this.derived.colors);
    this.sheets.set('card-colors', this.derived.cards.sheet);
  }

  protected override renderFeed(feed: Feed): unknown {
    const view = this.viewCode.module;
    if (!view || !this.derived) return nothing;
    return view.render({ ...this.derived, ctx: this.context, feed, now: this.clock.now }, this.actions);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // With the real clock, re-render when the next shown session ends.
    this.clock.wakeAt(this.now === undefined || Number.isNaN(Date.parse(this.now)) ? this.derived?.nextChange : undefined);
    if (this.focusListPending) {
      this.focusListPending = false;
      this.renderRoot.querySelector<HTMLElement>('.tracks')?.focus();
    }
  }

  /** "See in the programme": tell the page, then filter and reveal the linked schedule, and say so. */
  private select(id: string, say: () => string): void {
    if (!emit(this, new WsisTrackSelectEvent({ id })) || !this.schedule) return;
    if (!revealLinked(this, this.schedule, 'track', id)) return;
    this.announcer.announce(say());
  }
}
