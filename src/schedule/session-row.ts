/**
 * One session as a row: the schedule's list and <wsis-special-tracks> both render sessions with
 * it, so parts, time-zone rules and wording are the same everywhere.
 *
 *   const views = prepareSessions(feed, {locale, zone, messages});   // once per feed/zone/language
 *   html`<ul class="sessions">${views.map((v) => renderSessionRow(v, ctx))}</ul>`
 *   static styles = [..., sessionRowStyles];  shadowRoot.adoptedStyleSheets += trackColorSheet(feed.tracks)
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { textFor } from '../feed/text.js';
import type { Feed, Person, Session, SessionFormat, SessionStatus } from '../feed/types.js';
import { safeUrl } from '../internal/safe-url.js';
import type { ScheduleMessages } from './messages/en.js';
import { normalize } from './search.js';
import { dayKey, parseInstant, zoneAbbreviation } from './time.js';

export interface TrackView {
  id: string;
  name: string;
}

/** A session with everything a row shows, derived once per feed, zone and language. */
export interface SessionView {
  session: Session;
  id: string;
  start: number;
  end: number;
  /** `YYYY-MM-DD` in the shown zone. */
  day: string;
  title: string;
  /** `14:00–15:00`, in the shown zone and the language. */
  time: string;
  /** Machine-readable start for `<time datetime>`. */
  datetime: string;
  /** `CET`, `CEST`, `UTC+13:00`: the shown zone at the start. */
  zone: string;
  typeName: string;
  tracks: TrackView[];
  location: string;
  format?: SessionFormat;
  /** `English, French`. */
  languages: string;
  speakers: string;
  status: SessionStatus;
  streamUrl?: string;
  /** Normalized text for search: title, speakers, moderators, organizations, description. */
  haystack: string;
}

export interface PrepareOptions {
  locale: string;
  zone: string;
}

const formatCache = new Map<string, Intl.DateTimeFormat>();
function timeFormat(locale: string, zone: string): Intl.DateTimeFormat {
  const key = `${locale}|${zone}`;
  let format = formatCache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: zone });
    formatCache.set(key, format);
  }
  return format;
}

const languageNames = new Map<string, Intl.DisplayNames | undefined>();
/** `fr` → `French` (in the reader's language), through Intl. */
export function languageName(tag: string, locale: string): string {
  if (!languageNames.has(locale)) {
    try {
      languageNames.set(locale, new Intl.DisplayNames([locale], { type: 'language' }));
    } catch {
      languageNames.set(locale, undefined);
    }
  }
  try {
    return languageNames.get(locale)?.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

const names = (people: readonly Person[] | undefined) => (people ?? []).map((p) => p.name);

/** The row data of every session of `feed`, sorted by start then title. */
export function prepareSessions(feed: Feed, { locale, zone }: PrepareOptions): SessionView[] {
  const types = new Map(feed.sessionTypes.map((t) => [t.id, textFor(t.name, locale)]));
  const tracks = new Map(feed.tracks.map((t) => [t.id, textFor(t.name, locale)]));
  const views: SessionView[] = [];
  const lists = new Intl.ListFormat(locale, { type: 'conjunction', style: 'short' });
  for (const session of feed.sessions) {
    const start = parseInstant(session.start);
    const end = parseInstant(session.end);
    if (!Number.isFinite(start) || !Number.isFinite(end)) continue;
    const title = textFor(session.title, locale);
    const people = [...(session.speakers ?? []), ...(session.moderators ?? [])];
    const haystack = normalize(
      [
        title,
        ...people.map((p) => `${p.name} ${textFor(p.organization, locale)}`),
        textFor(session.description, locale),
      ].join(' \u0001 '),
    );
    views.push({
      session,
      id: session.id,
      start,
      end,
      day: dayKey(start, zone),
      title,
      time: timeFormat(locale, zone).formatRange(start, Math.max(start, end)),
      datetime: session.start,
      zone: zoneAbbreviation(start, zone, locale),
      typeName: session.type ? (types.get(session.type) ?? '') : '',
      tracks: (session.tracks ?? []).filter((id) => tracks.has(id)).map((id) => ({ id, name: tracks.get(id)! })),
      location: textFor(session.location, locale),
      format: session.format,
      languages: lists.format((session.languages ?? []).map((tag) => languageName(tag, locale))),
      speakers: lists.format(names(session.speakers)),
      status: session.status ?? 'scheduled',
      streamUrl: safeUrl(session.streamUrl),
      haystack,
    });
  }
  views.sort((a, b) => a.start - b.start || a.title.localeCompare(b.title, locale) || (a.id < b.id ? -1 : 1));
  return views;
}

export interface SessionRowContext {
  messages: ScheduleMessages;
  /** The current time (epoch ms) for "Live now". */
  now: number;
  /** Opens the session's details (the row is a button). */
  open?: (id: string, event: Event) => void;
}

/** `online` → the message for it. */
export function formatLabel(format: SessionFormat | undefined, m: ScheduleMessages): string {
  if (format === 'online') return m.online;
  if (format === 'in-person') return m.inPerson;
  if (format === 'hybrid') return m.hybrid;
  return '';
}

export function statusLabel(status: SessionStatus, m: ScheduleMessages): string {
  return status === 'cancelled' ? m.cancelled : status === 'postponed' ? m.postponed : '';
}

export function isLive(view: SessionView, now: number): boolean {
  return view.status === 'scheduled' && view.start <= now && now < view.end;
}

/**
 * A session as `<li part="session" data-id>`: time (`session-time`), title (`session-title`, a
 * button that opens the details when `ctx.open` is given), type, tracks with their colour and
 * name, format and location, languages, speakers, status in words, "Live now" with the stream.
 * Put rows in a `<ul class="sessions">`.
 */
export function renderSessionRow(view: SessionView, ctx: SessionRowContext, hidden = false): TemplateResult {
  const m = ctx.messages;
  const live = isLive(view, ctx.now);
  const status = statusLabel(view.status, m);
  const place = [formatLabel(view.format, m), view.location].filter(Boolean).join(' · ');
  const title = html`<span part="session-title" class="title">${view.title}</span>`;
  return html`<li
    part="session${live ? ' session-live' : ''}"
    class="session ${view.status}"
    data-id=${view.id}
    ?hidden=${hidden}
  >
    <p class="when">
      <time part="session-time" datetime=${view.datetime}>${view.time} <span class="zone">${view.zone}</span></time>
      ${live ? html`<strong class="badge live">${m.liveNow}</strong>` : nothing}
      ${status ? html`<strong class="badge status">${status}</strong>` : nothing}
    </p>
    ${ctx.open
      ? html`<button type="button" class="open" aria-haspopup="dialog" @click=${(e: Event) => ctx.open!(view.id, e)}>
          ${title}
        </button>`
      : html`<p class="open">${title}</p>`}
    <p class="meta">
      ${view.typeName ? html`<span class="type">${view.typeName}</span>` : nothing}
      ${view.tracks.map((t) => html`<span class="track" data-track=${t.id}>${t.name}</span>`)}
      ${place ? html`<span class="place">${place}</span>` : nothing}
      ${view.languages ? html`<span class="langs">${view.languages}</span>` : nothing}
    </p>
    ${view.speakers ? html`<p class="speakers">${view.speakers}</p>` : nothing}
    ${live && view.streamUrl
      ? html`<a class="stream" href=${view.streamUrl} target="_blank" rel="noopener">${m.watchLive}</a>`
      : nothing}
  </li>`;
}

/**
 * One constructable sheet that gives each track its colour (`[data-track="id"]`), from
 * validated `#rrggbb` values only: no style attributes, CSP-safe. Adopt it next to the styles.
 */
export function trackColorSheet(tracks: Feed['tracks']): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  const rules = tracks
    .filter((t) => typeof t.color === 'string' && /^#[0-9a-f]{6}$/i.test(t.color))
    .map((t) => `[data-track="${CSS.escape(t.id)}"] { --_track: ${t.color}; }`);
  sheet.replaceSync(rules.join('\n'));
  return sheet;
}

export const sessionRowStyles = css`
  .sessions {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .session {
    position: relative;
    display: grid;
    grid-template-columns: 1fr;
    column-gap: var(--_space-m);
    row-gap: 2px;
    padding: var(--_space-s) var(--_space-s);
    border-block-end: 1px solid var(--_border);
  }
  .session:hover {
    background: var(--_surface-alt);
  }
  .session p {
    margin: 0;
  }
  .when {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-s);
    align-items: baseline;
    color: var(--_muted);
    font-size: var(--_font-size-s);
    font-variant-numeric: tabular-nums;
  }
  .zone {
    font-size: 0.85em;
  }
  .open {
    all: unset;
    display: block;
    font-weight: 600;
    color: var(--_text);
    cursor: pointer;
    text-align: start;
    min-block-size: 24px;
  }
  button.open::after {
    /* The whole row opens the details; links inside stay above this layer. */
    content: '';
    position: absolute;
    inset: 0;
  }
  button.open:focus-visible {
    outline: none;
  }
  button.open:focus-visible::after {
    outline: var(--_focus);
    outline-offset: -3px;
    border-radius: var(--_radius);
  }
  .open:hover .title {
    text-decoration: underline;
  }
  .cancelled .title {
    text-decoration: line-through;
  }
  .meta,
  .speakers {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-s);
    font-size: var(--_font-size-s);
    color: var(--_muted);
  }
  .track {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
  }
  .track::before {
    content: '';
    inline-size: 10px;
    block-size: 10px;
    border-radius: 50%;
    background: var(--_track, var(--_muted));
    flex: none;
  }
  .badge {
    display: inline-block;
    padding: 0 var(--_space-s);
    border-radius: var(--_radius);
    font-size: var(--_font-size-s);
    font-weight: 600;
  }
  .badge.live {
    background: var(--_danger);
    color: var(--_surface);
  }
  .badge.status {
    border: 1px solid var(--_danger);
    color: var(--_danger);
  }
  .stream {
    position: relative;
    z-index: 1;
    justify-self: start;
    min-block-size: 24px;
    display: inline-flex;
    align-items: center;
  }
  @container (min-width: 560px) {
    .session {
      grid-template-columns: 12em 1fr;
    }
    .session > * {
      grid-column: 2;
    }
    .session > .when {
      grid-column: 1;
      grid-row: 1 / span 4;
      flex-direction: column;
      align-items: start;
      gap: var(--_space-xs);
    }
  }
  @media (forced-colors: active) {
    .track::before {
      forced-color-adjust: none;
    }
  }
`;
