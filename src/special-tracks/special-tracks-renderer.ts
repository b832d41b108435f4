/**
 * The rendering code of `<wsis-special-tracks>`: templates, styles, wording, formats and the
 * derivations only rendering needs (memoized by feed). Kept apart from the class so that the
 * all-in-one bundle downloads it when the first element connects (see element-renderer.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { textFor } from '../feed/text.js';
import type { Feed, Track, TrackStatus } from '../feed/types.js';
import type { ElementRenderer } from '../internal/element-renderer.js';
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
  parseInstant,
  parseList,
  parseStatuses,
  splitAtNow,
} from './derive.js';
import { formatCount, formatDay, formatYears, pluralOf } from './format.js';
import { specialTracksMessages } from './messages/index.js';
import type { SpecialTracksMessages } from './messages/en.js';
import { ClockController } from '../internal/clock.js';
import { specialTracksStyles } from './special-tracks.styles.js';
import type { WsisSpecialTracks } from './special-tracks.js';
import { renderMarkdown } from '../internal/markdown-view.js';
import { sessionsOrganizedBy } from '../feed/involvement.js';
import { commaList } from '../internal/text-lists.js';

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



/** One clock per element, made when it first shows sessions on the real clock. */
const clocks = new WeakMap<WsisSpecialTracks, ClockController>();

/** Re-render `host` when the next shown session ends (`undefined`: never). */
function wakeAt(host: WsisSpecialTracks, time: number | undefined): void {
  let clock = clocks.get(host);
  if (!clock) {
    if (time === undefined) return;
    clocks.set(host, (clock = new ClockController(host, { period: 0 })));
  }
  clock.wakeAt(time);
}

/** What one render works from. */
interface View {
  host: WsisSpecialTracks;
  m: SpecialTracksMessages;
  locale: string;
  counts: Map<string, number>;
  now: number;
  zone: string;
  byTrack?: Map<string, SessionView[]>;
  cards: TrackColors;
}

function render(host: WsisSpecialTracks, feed: Feed): TemplateResult {
  const derived = derive(feed);
  const locale = host.locale.locale;
  const m = host.locale.messages(specialTracksMessages);
  // `partner`: only the sessions it organizes count, and only tracks with one of them show.
  const organized = host.partner ? new Set(sessionsOrganizedBy(feed, commaList(host.partner)).map((s) => s.id)) : undefined;
  const counts = organized ? countByTrack(feed.sessions.filter((s) => organized.has(s.id))) : derived.counts;
  const shown = shownTracks(feed, derived, host.track, host.status).filter((t) => !organized || counts.has(t.id));
  const now = parseInstant(host.now) ?? Date.now();
  const zone = host.sessions ? resolveTimeZone(host.timezone, feed.event.timezone) : 'UTC';
  const allViews = host.sessions ? sessionViews(feed, derived, locale, zone, host.locale.messages(scheduleMessages)) : undefined;
  const byTrack =
    allViews && organized ? new Map([...allViews].map(([id, list]) => [id, list.filter((v) => organized.has(v.id))])) : allViews;
  if (byTrack) derived.colors ??= trackColorCss(feed.tracks);
  host.sheets.set('track-colors', byTrack ? derived.colors! : '');
  derived.cards ??= trackColors(feed.tracks, '--_track-color');
  host.sheets.set('card-colors', derived.cards.sheet);
  // With the real clock, re-render when the next shown session ends.
  wakeAt(
    host,
    byTrack && parseInstant(host.now) === undefined
      ? nextBoundary(
          shown.flatMap((track) => byTrack.get(track.id) ?? []),
          now,
        )
      : undefined,
  );

  if (feed.tracks.length === 0) return host.renderEmpty(m.emptyNone);
  if (shown.length === 0) {
    return host.renderEmpty(
      m.emptyFiltered,
      html`<button class="button" part="show-all" type="button" @click=${() => showAll(host)}>${m.showAll}</button>`,
    );
  }
  const view: View = { host, m, locale, counts, now, zone, byTrack, cards: derived.cards };
  return html`<ul class="tracks" part="tracks" role="list" tabindex="-1" aria-label=${m.listLabel}>
    ${repeat(
      shown,
      (track) => track.id,
      (track) => renderTrack(track, view),
    )}
  </ul>`;
}

/** The empty state's way back: drop the filters, then put focus on the list that replaced the button. */
async function showAll(host: WsisSpecialTracks): Promise<void> {
  host.track = undefined;
  host.status = undefined;
  host.partner = undefined;
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>('.tracks')?.focus();
}

function renderTrack(track: Track, view: View): TemplateResult {
  const { host, m, locale } = view;
  const name = textFor(track.name, locale);
  const url = safeUrl(track.url);
  const count = view.counts.get(track.id) ?? 0;
  const description = textFor(track.description, locale).trim();
  const label = html`<span class="visually-hidden"> (${name})</span>`;
  const color = view.cards.classOf(track.id);
  return html`<li
    class=${color ? `track-card ${color}` : 'track-card'}
    part="track"
    data-id=${track.id}
    data-status=${track.status ?? nothing}
  >
    <div class="track-head">
      ${host.heading(0, html`<span dir="auto">${name}</span>`, 'track-name')}
      ${track.status
        ? html`<span class="status-badge" part="track-status"
            ><span class="visually-hidden">${m.statusPrefix}: </span>${statusWord(track.status, m)}</span
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
                @click=${() => host.select(track.id, () => m.programmeShows(name))}
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
  const { host, m } = view;
  const { upcoming, past } = splitAtNow(all, view.now);
  return html`<div class="track-sessions" part="track-sessions">
    ${host.heading(1, m.upcoming, 'sessions-heading')}
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
  const context = { messages: view.host.locale.messages(scheduleMessages), now: view.now };
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

/** `WsisSpecialTracks.renderer`: the styles after the shared ones, and the feed's rendering. */
export const specialTracksRenderer: ElementRenderer<WsisSpecialTracks> = {
  styles: [sessionRowStyles, specialTracksStyles],
  render,
};
