/**
 * What <wsis-special-tracks> hands its view (special-tracks-view.ts): the model it derives and the
 * actions the view may call. Types only, so that neither module imports the other's code.
 */
import type { Feed, Track } from '../feed/types.js';
import type { ElementView, ViewContext } from '../internal/element-view.js';
import type { TrackColors } from '../sessions/track-colors.js';
import type { SessionView } from '../sessions/view-model.js';

/** The element's attributes that decide what is shown. */
export interface TracksScope {
  track?: string;
  status?: string;
  /** Partner ids: only the sessions they organize count, and only tracks with one show. */
  partner?: string;
  sessions: boolean;
  timezone: string;
  /** The current time (epoch ms). */
  now: number;
}

/** What the element shows for a feed and its attributes. */
export interface TracksDerived {
  /** The shown tracks, in feed order. */
  shown: Track[];
  /** How many sessions name each track. */
  counts: Map<string, number>;
  /** The IANA zone of session times (with `sessions`). */
  zone: string;
  /** With `sessions`: each track's sessions as the schedule's row data, by start. */
  byTrack?: Map<string, SessionView[]>;
  /** With `sessions`: the session rows' track colours, as CSS ('' without). */
  colors: string;
  /** The cards' colours (feed `tracks[].color`), one class per colour; the element adopts its sheet. */
  cards: TrackColors;
  /** When the next shown session ends (the view changes then), if any. */
  nextChange?: number;
}

export interface SpecialTracksModel extends TracksDerived {
  ctx: ViewContext;
  feed: Feed;
  now: number;
}

export interface SpecialTracksActions {
  /** "See in the programme": `say` words what the live region announces. */
  select(id: string, say: () => string): void;
  /** The empty state's way back: drop the filters (focus then goes to the list). */
  showAll(): void;
}

/** The view module: styles, the pure render, and the pure derivation the element calls. */
export interface SpecialTracksView extends ElementView<SpecialTracksModel, SpecialTracksActions> {
  derive(feed: Feed, scope: TracksScope, ctx: ViewContext): TracksDerived;
}
