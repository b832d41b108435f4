/**
 * The view of `<wsis-special-tracks>`: templates, styles, wording, formats, and the pure
 * derivation the element calls from `willUpdate` (memoized by feed, shared by every element
 * showing that feed). Loaded apart from the class: see src/internal/element-view.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { textFor } from '../feed/text.js';
import type { Feed, Track, TrackStatus } from '../feed/types.js';
import type { ViewContext } from '../internal/element-view.js';
import { EXTERNAL_REL, safeUrl } from '../internal/safe-url.js';
import { trackColors, type TrackColors } from '../sessions/track-colors.js';
import { scheduleMessages } from '../schedule/messages/index.js';
import { renderSessionRow } from '../sessions/session-row.js';
import { sessionRowStyles } from '../sessions/session-row.styles.js';
import { prepareSessions, trackColorCss, type SessionMessages, type SessionView } from '../sessions/view-model.js';
import { groupByKey, resolveTimeZone } from '../sessions/time.js';
import {
  countByTrack,
  filterTracks,
  groupByTrack,
  nextBoundary,
  parseList,
  parseStatuses,
  splitAtNow,
} from './derive.js';
import { formatCount, formatDay, formatYears, pluralOf } from './format.js';
import { specialTracksMessages } from './messages/index.js';
import type { SpecialTracksMessages } from './messages/en.js';
import { specialTracksStyles } from './special-tracks.styles.js';
import type { SpecialTracksActions, SpecialTracksModel, SpecialTracksView, TracksDerived, TracksScope } from './model.js';
import { commaList } from '../internal/text-lists.js';
import { isolate } from '../internal/bidi.js';
import { sessionsOrganizedBy } from '../feed/involvement.js';
import { renderMarkdown } from '../internal/markdown-view.js';

/** What a feed gives every element showing it, built once per feed (and per language and zone). */
interface Derived {
  /** How many sessions name each track. */
  counts: Map<string, number>;
  /** The shown tracks, by `track|status` filter. */
  shown: Map<string, Track[]>;
  /** The session rows' track colours, as CSS (made on first use: only with `sessions`). */
  colors?: string;
  /** The cards' colours, one class per colour (made on first render). */
  cards?: TrackColors;
  /** Each track's sessions as the schedule's row data, by start; by `locale|zone`. */
  views: Map<string, { messages: SessionMessages; byTrack: Map<string, SessionView[]> }>;
}

const derivations = new WeakMap<Feed, Derived>();

function derive(feed: Feed): Derived {
  let derived = derivations.get(feed);
  if (!derived) {
    derived = { counts: countByTrack(feed.sessions), shown: new Map(), views: new Map() };
    derivations.set(feed, derived);
  }
  return derived;
}

function shownTracks(feed: Feed, derived: Derived, track?: string, status?: string): Track[] {
  const key = `${track ?? ''}|${status ?? ''}`;
  let shown = derived.shown.get(key);
  if (!shown) {
    shown = filterTracks(feed.tracks, parseList(track), parseStatuses(status));
    derived.shown.set(key, shown);
  }
  return shown;
}

/** The schedule's rows, rules and wording: built once per feed, zone and language (its messages). */
function sessionViews(feed: Feed, derived: Derived, locale: string, zone: string, messages: SessionMessages): Map<string, SessionView[]> {
  const key = `${locale}|${zone}`;
  let views = derived.views.get(key);
  if (views?.messages !== messages) {
    const byTrack = groupByTrack(prepareSessions(feed, { locale, zone, messages }), (view) => view.session.tracks ?? []);
    derived.views.set(key, (views = { messages, byTrack }));
  }
  return views.byTrack;
}

/** What the element shows for a feed and its attributes (called from its `willUpdate`). */
function deriveShown(feed: Feed, scope: TracksScope, ctx: ViewContext): TracksDerived {
  const derived = derive(feed);
  // `partner`: only the sessions it organizes count, and only tracks with one of them show.
  const organized = scope.partner
    ? new Set(sessionsOrganizedBy(feed, commaList(scope.partner)).map((s) => s.id))
    : undefined;
  const counts = organized ? countByTrack(feed.sessions.filter((s) => organized.has(s.id))) : derived.counts;
  const shown = shownTracks(feed, derived, scope.track, scope.status).filter((t) => !organized || counts.has(t.id));
  const zone = scope.sessions ? resolveTimeZone(scope.timezone, feed.event.timezone) : 'UTC';
  const allViews = scope.sessions
    ? sessionViews(feed, derived, ctx.locale, zone, ctx.messages(scheduleMessages))
    : undefined;
  const byTrack =
    allViews && organized
      ? new Map([...allViews].map(([id, list]) => [id, list.filter((v) => organized.has(v.id))]))
      : allViews;
  if (byTrack) derived.colors ??= trackColorCss(feed.tracks);
  derived.cards ??= trackColors(feed.tracks, '--_track-color');
  const nextChange = byTrack
    ? nextBoundary(
        shown.flatMap((track) => byTrack.get(track.id) ?? []),
        scope.now,
      )
    : undefined;
  return { shown, counts, zone, byTrack, colors: byTrack ? derived.colors! : '', cards: derived.cards, nextChange };
}

/** What one render works from. */
interface View extends SpecialTracksModel {
  actions: SpecialTracksActions;
  m: SpecialTracksMessages;
  locale: string;
}

function render(model: SpecialTracksModel, actions: SpecialTracksActions): TemplateResult {
  const { ctx, feed, shown } = model;
  const m = ctx.messages(specialTracksMessages);
  if (feed.tracks.length === 0) return ctx.empty(m.emptyNone);
  if (shown.length === 0) {
    return ctx.empty(
      m.emptyFiltered,
      html`<button class="button" part="show-all" type="button" @click=${actions.showAll}>${m.showAll}</button>`,
    );
  }
  const view: View = { ...model, actions, m, locale: ctx.locale };
  return html`<ul class="tracks" part="tracks" role="list" tabindex="-1" aria-label=${m.listLabel}>
    ${repeat(
      shown,
      (track) => track.id,
      (track) => renderTrack(track, view),
    )}
  </ul>`;
}

function renderTrack(track: Track, view: View): TemplateResult {
  const { ctx, m, locale } = view;
  const name = textFor(track.name, locale);
  const url = safeUrl(track.url);
  const count = view.counts.get(track.id) ?? 0;
  const description = textFor(track.description, locale).trim();
  const label = html`<span class="visually-hidden">${isolate(m.forTrack, name)}</span>`;
  const color = view.cards.classOf(track.id);
  return html`<li
    class=${color ? `track-card ${color}` : 'track-card'}
    part="track"
    data-id=${track.id}
    data-status=${track.status ?? nothing}
  >
    <div class="track-head">
      ${ctx.heading(0, html`<span dir="auto">${name}</span>`, 'track-name')}
      ${track.status
        ? html`<span class="status-badge" part="track-status"
            ><span class="visually-hidden">${m.statusPrefix}</span>${statusWord(track.status, m)}</span
          >`
        : nothing}
    </div>
    ${description
      ? html`<div class="description" part="track-description" dir="auto">${renderMarkdown(description)}</div>`
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
            ? html`<button
                class="button"
                part="track-select"
                type="button"
                @click=${() => view.actions.select(track.id, () => m.programmeShows(name))}
              >
                ${m.seeInProgramme}${label}
              </button>`
            : nothing}
          ${url ? html`<a part="track-link" href=${url} rel=${EXTERNAL_REL}>${m.trackPage}${label}</a>` : nothing}
        </div>`
      : nothing}
    ${view.byTrack ? renderSessions(track, view) : nothing}
  </li>`;
}

function renderSessions(track: Track, view: View): unknown {
  const all = view.byTrack?.get(track.id) ?? [];
  if (all.length === 0) return nothing;
  const { ctx, m } = view;
  const { upcoming, past } = splitAtNow(all, view.now);
  return html`<div class="track-sessions" part="track-sessions">
    ${ctx.heading(1, m.upcoming, 'sessions-heading')}
    ${upcoming.length ? renderDays(upcoming, view) : html`<p class="none">${m.noUpcoming}</p>`}
    ${past.length
      ? html`<details part="past-sessions">
          <summary>${m.past(formatCount(past.length, view.locale))}</summary>
          ${renderDays(past, view)}
        </details>`
      : nothing}
  </div>`;
}

/** Sessions grouped by their day in the shown zone (part `day`, `data-day` as in the schedule). */
function renderDays(views: SessionView[], view: View): TemplateResult {
  const context = { messages: view.ctx.messages(scheduleMessages), now: view.now };
  return html`<ul class="days" role="list">
    ${groupByKey(views, (item) => item.day).map(
      (group) => html`<li part="day" data-day=${group.day}>
        <p class="day-label"><time datetime=${group.day}>${formatDay(group.day, view.locale)}</time></p>
        <ul class="sessions" role="list">
          ${repeat(
            group.items,
            (item) => item.id,
            (item) => renderSessionRow(item, context),
          )}
        </ul>
      </li>`,
    )}
  </ul>`;
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

/** The view of <wsis-special-tracks> (model.ts says what it is given). */
export const specialTracksView: SpecialTracksView = {
  styles: [sessionRowStyles, specialTracksStyles],
  render,
  derive: deriveShown,
};
