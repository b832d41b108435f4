/**
 * One session as a row: the schedule's list and <wsis-special-tracks> both render sessions with
 * it, so parts, time-zone rules and wording are the same everywhere.
 *
 *   const views = prepareSessions(feed, {locale, zone, messages});   // once per feed/zone/language
 *   html`<ul class="sessions">${views.map((v) => renderSessionRow(v, ctx))}</ul>`
 *   static styles = [..., sessionRowStyles];  shadowRoot.adoptedStyleSheets += trackColorSheet(feed.tracks)
 */
import { css, noChange, type Part } from 'lit';
import { Directive, directive, PartType, type DirectiveResult, type PartInfo } from 'lit/directive.js';
import { textFor } from '../feed/text.js';
import type { Feed, Person, Session, SessionFormat, SessionStatus } from '../feed/types.js';
import { safeUrl } from '../internal/safe-url.js';
import english, { type ScheduleMessages } from './messages/en.js';
import { normalize } from './search.js';
import { dayKey, parseInstant, zonedParts, zoneAbbreviation } from './time.js';

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
  /** `14:00–15:00 CET`: what `session-time` shows. */
  timeLabel: string;
  typeName: string;
  tracks: TrackView[];
  location: string;
  /** The location, normalized for the location filter. */
  locationKey: string;
  format?: SessionFormat;
  /** `Hybrid · Plenary Hall`. */
  place: string;
  /** `Cancelled`, `Postponed`, or ''. */
  statusText: string;
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
  /** The UI strings for format and status words; English when not given. */
  messages?: ScheduleMessages;
}

const formatCache = new Map<string, Intl.DateTimeFormat>();
function cachedFormat(locale: string, zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${zone}|${JSON.stringify(options)}`;
  let format = formatCache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: zone });
    formatCache.set(key, format);
  }
  return format;
}

const clock = { hour: 'numeric', minute: '2-digit' } as const;

/**
 * `14:00–15:00` for an instant range in `zone`. Ranges within one day are formatted from their
 * wall-clock times (a few hundred distinct pairs in a programme, cached); a range that crosses
 * midnight in `zone` is formatted with its dates.
 */
function timeRange(start: number, end: number, zone: string, locale: string, cache: Map<string, string>): string {
  const a = zonedParts(start, zone);
  const b = zonedParts(end, zone);
  if (a.year !== b.year || a.month !== b.month || a.day !== b.day) {
    return cachedFormat(locale, zone, clock).formatRange(start, end);
  }
  const key = `${a.hour}:${a.minute}|${b.hour}:${b.minute}`;
  let text = cache.get(key);
  if (text === undefined) {
    text = cachedFormat(locale, 'UTC', clock).formatRange(
      Date.UTC(2000, 0, 1, a.hour, a.minute),
      Date.UTC(2000, 0, 1, b.hour, b.minute),
    );
    cache.set(key, text);
  }
  return text;
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
export function prepareSessions(feed: Feed, { locale, zone, messages = english }: PrepareOptions): SessionView[] {
  const types = new Map(feed.sessionTypes.map((t) => [t.id, textFor(t.name, locale)]));
  // One TrackView per track, shared by every row of it.
  const tracks = new Map(feed.tracks.map((t) => [t.id, { id: t.id, name: textFor(t.name, locale) }]));
  const locationKeys = new Map<string, string>();
  const views: SessionView[] = [];
  const lists = new Intl.ListFormat(locale, { type: 'conjunction', style: 'narrow' });
  const list = (items: string[]) => (items.length < 2 ? (items[0] ?? '') : lists.format(items));
  const ranges = new Map<string, string>();
  const languageLists = new Map<string, string>();
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
    const languageKey = (session.languages ?? []).join(',');
    let languages = languageLists.get(languageKey);
    if (languages === undefined) {
      languages = list((session.languages ?? []).map((tag) => languageName(tag, locale)));
      languageLists.set(languageKey, languages);
    }
    const location = textFor(session.location, locale);
    const status = session.status ?? 'scheduled';
    const time = timeRange(start, Math.max(start, end), zone, locale, ranges);
    const abbreviation = zoneAbbreviation(start, zone, locale);
    let locationKey = locationKeys.get(location);
    if (locationKey === undefined) locationKeys.set(location, (locationKey = normalize(location)));
    views.push({
      session,
      id: session.id,
      start,
      end,
      day: dayKey(start, zone),
      title,
      time,
      datetime: session.start,
      zone: abbreviation,
      timeLabel: `${time} ${abbreviation}`,
      typeName: session.type ? (types.get(session.type) ?? '') : '',
      tracks: (session.tracks ?? []).filter((id) => tracks.has(id)).map((id) => tracks.get(id)!),
      location,
      locationKey,
      format: session.format,
      place: [formatLabel(session.format, messages), location].filter(Boolean).join(' · '),
      statusText: statusLabel(status, messages),
      languages,
      speakers: list(names(session.speakers)),
      status,
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

interface RowState {
  element: HTMLLIElement;
  time: HTMLTimeElement;
  status: HTMLElement;
  title: HTMLElement;
  meta: HTMLElement;
  speakers: HTMLElement;
  live: boolean;
  messages: ScheduleMessages;
  opens: boolean;
}

function node<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.className = className;
  if (text) element.textContent = text;
  return element;
}

function setLive(state: RowState, view: SessionView, live: boolean): void {
  const { element, messages } = state;
  state.live = live;
  element.setAttribute('part', live ? 'session session-live' : 'session');
  element.querySelector('.badge.live')?.remove();
  element.querySelector('.stream')?.remove();
  if (!live) return;
  element.querySelector('.when time')!.after(node('strong', 'badge live', messages.liveNow));
  if (view.streamUrl) {
    const link = node('a', 'stream', messages.watchLive);
    link.href = view.streamUrl;
    link.target = '_blank';
    link.rel = 'noopener';
    element.append(link);
  }
}

/**
 * A session as `<li part="session" data-id>`: time (`session-time`), title (`session-title`, a
 * button that opens the details when `ctx.open` is given), type, tracks with their colour and
 * name, format and location, languages, speakers, status in words, "Live now" with the stream
 * (and the part `session-live`). Put rows in a `<ul class="sessions">`, in a child position of
 * a Lit template (`repeat` keyed by `view.id`).
 *
 * Rows are plain DOM built once per view with `textContent` (never HTML), and patched in place
 * when the session starts or ends: 5,000 rows keep no per-field bindings alive, which keeps the
 * heap small and a re-render cheap. To hide a filtered row, set its `hidden` property.
 */
export function renderSessionRow(view: SessionView, ctx: SessionRowContext): DirectiveResult<typeof SessionRowDirective> {
  return sessionRow(view, ctx);
}

/** The type, tracks, place and languages line. */
function fillMeta(meta: HTMLElement, view: SessionView): void {
  meta.replaceChildren(node('span', 'type', view.typeName));
  for (const track of view.tracks) {
    const badge = node('span', 'track', track.name);
    badge.setAttribute('data-track', track.id);
    meta.append(badge);
  }
  meta.append(node('span', 'place', view.place), node('span', 'langs', view.languages));
}

/** Builds a row element (see renderSessionRow). */
function buildRow(view: SessionView, ctx: SessionRowContext): RowState {
  const li = node('li', `session ${view.status}`);
  li.setAttribute('part', 'session');
  li.setAttribute('data-id', view.id);
  const when = node('p', 'when');
  const time = node('time', '', view.timeLabel);
  time.setAttribute('part', 'session-time');
  time.dateTime = view.datetime;
  const status = node('strong', 'badge status', view.statusText);
  when.append(time, status);
  const title = node('span', 'title', view.title);
  title.setAttribute('part', 'session-title');
  let heading: HTMLElement;
  const open = ctx.open;
  if (open) {
    const button = node('button', 'open');
    button.type = 'button';
    button.setAttribute('aria-haspopup', 'dialog');
    // The id is read when clicked: a refresh may hand this row a new view of the same session.
    button.addEventListener('click', (event) => open(li.getAttribute('data-id')!, event));
    heading = button;
  } else {
    heading = node('p', 'open');
  }
  heading.append(title);
  const meta = node('p', 'meta');
  fillMeta(meta, view);
  const speakers = node('p', 'speakers', view.speakers);
  li.append(when, heading, meta, speakers);
  const state: RowState = { element: li, time, status, title, meta, speakers, live: false, messages: ctx.messages, opens: !!open };
  if (isLive(view, ctx.now)) setLive(state, view, true);
  return state;
}

/** Brings a row up to a new view of the same session (a refresh): same element, new text. */
function patchRow(state: RowState, before: SessionView, view: SessionView, now: number): void {
  if (before.status !== view.status) state.element.className = `session ${view.status}`;
  if (before.timeLabel !== view.timeLabel) state.time.textContent = view.timeLabel;
  if (before.datetime !== view.datetime) state.time.dateTime = view.datetime;
  if (before.statusText !== view.statusText) state.status.textContent = view.statusText;
  if (before.title !== view.title) state.title.textContent = view.title;
  if (before.speakers !== view.speakers) state.speakers.textContent = view.speakers;
  const metaKey = (v: SessionView) => [v.typeName, v.place, v.languages, ...v.tracks.map((t) => `${t.id}=${t.name}`)].join('|');
  if (metaKey(before) !== metaKey(view)) fillMeta(state.meta, view);
  const live = isLive(view, now);
  if (state.live !== live || before.streamUrl !== view.streamUrl) setLive(state, view, live);
}

/** One row per child part: built on first render, then patched in place (live state) or kept. */
class SessionRowDirective extends Directive {
  private state?: RowState & { view: SessionView; id: string };

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.CHILD) throw new Error('renderSessionRow() goes in a child position');
  }

  render(_view: SessionView, _ctx: SessionRowContext): unknown {
    return noChange;
  }

  override update(_part: Part, [view, ctx]: [SessionView, SessionRowContext]): unknown {
    const state = this.state;
    if (state && state.id === view.id && state.messages === ctx.messages && state.opens === !!ctx.open) {
      if (state.view !== view) {
        patchRow(state, state.view, view, ctx.now);
        state.view = view;
      } else {
        const live = isLive(view, ctx.now);
        if (state.live !== live) setLive(state, view, live);
      }
      return noChange;
    }
    this.state = { ...buildRow(view, ctx), view, id: view.id };
    return this.state.element;
  }
}

const sessionRow = directive(SessionRowDirective);

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
  .session span:empty,
  .session p:empty,
  .badge:empty {
    display: none;
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
