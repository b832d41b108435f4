/**
 * The one renderer of a session row: the schedule's list and <wsis-special-tracks> both render
 * sessions with it. Everything a row shows comes in as data (the view model, live state from
 * `now`, the visitor's star, an overlap note, whether it is hidden): nothing else writes to a row.
 *
 *   html`<ul class="sessions">${views.map((v) => renderSessionRow(v, ctx))}</ul>`
 *   static styles = [..., sessionRowStyles];  sheets.set('track-colors', trackColorCss(feed.tracks))
 */
import { noChange, type Part } from 'lit';
import { Directive, directive, PartType, type DirectiveResult, type PartInfo } from 'lit/directive.js';
import { isLive, type SessionMessages, type SessionView } from './view-model.js';
import { EXTERNAL_REL } from '../internal/safe-url.js';

/** The visitor's star on each row (the schedule's favourites). */
export interface RowStar {
  /** Its accessible name (`Add “title” to my schedule`). */
  label: (view: SessionView) => string;
  starred: (id: string) => boolean;
  toggle: (id: string) => void;
}

export interface SessionRowContext {
  messages: SessionMessages;
  /** The current time (epoch ms) for "Live now". */
  now: number;
  /** Opens the session's details (the row is a button). */
  open?: (id: string, event: Event) => void;
  /** A star on each row; none when absent. */
  star?: RowStar;
  /** The overlap note of a row (`Overlaps with …`), '' for none. */
  note?: (id: string) => string;
  /** Whether a row is hidden (left out by the search or "My schedule"). */
  hidden?: (id: string) => boolean;
}

/** The row's elements, and what its changing parts show now (to touch only what changes). */
interface RowState {
  element: HTMLLIElement;
  time: HTMLTimeElement;
  status: HTMLElement;
  title: HTMLElement;
  meta: HTMLElement;
  speakers: HTMLElement;
  star?: HTMLButtonElement;
  /** The star's action now (the button reads it when clicked). */
  toggle?: (id: string) => void;
  messages: SessionMessages;
  opens: boolean;
  view: SessionView;
  live: boolean;
  starred?: boolean;
  starLabel?: string;
  note: string;
  hidden: boolean;
}

function node<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.className = className;
  if (text) element.textContent = text;
  return element;
}

/** Feed text (a title, a name, a place): its own direction, so "Huawei Technologies, Ltd." stays whole in Arabic. */
function feedText<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text: string): HTMLElementTagNameMap[K] {
  const element = node(tag, className, text);
  element.dir = 'auto';
  return element;
}

/** A separator screen readers read between the meta line's parts (shown apart by the layout, so hidden). */
function separator(text: string): HTMLElement {
  return node('span', 'visually-hidden', text);
}

function setLive(state: RowState, live: boolean): void {
  const { element, messages, view } = state;
  state.live = live;
  element.setAttribute('part', live ? 'session session-live' : 'session');
  element.querySelector(':scope > .when > .badge.live')?.remove();
  element.querySelector(':scope > .stream')?.remove();
  if (!live) return;
  state.time.after(node('strong', 'badge live', messages.liveNow));
  if (view.streamUrl) {
    const link = node('a', 'stream', messages.watchLive);
    link.href = view.streamUrl;
    link.target = '_blank';
    link.rel = EXTERNAL_REL;
    element.append(link);
  }
}

function setNote(state: RowState, note: string): void {
  state.note = note;
  let element = state.element.querySelector(':scope > .conflict');
  if (!note) {
    element?.remove();
    return;
  }
  if (!element) {
    element = node('p', 'conflict');
    state.speakers.after(element);
  }
  element.textContent = note;
}

function setStar(state: RowState, on: boolean): void {
  state.star?.remove();
  state.star = state.starred = state.starLabel = undefined;
  if (!on) return;
  const star = node('button', 'star');
  star.type = 'button';
  star.setAttribute('part', 'star');
  const glyph = node('span', '');
  glyph.setAttribute('aria-hidden', 'true');
  star.append(glyph);
  // The id is read when clicked: a refresh may hand this row a new view of the same session.
  star.addEventListener('click', () => state.toggle?.(state.element.getAttribute('data-id')!));
  state.element.append(star);
  state.star = star;
}

/** The star, live state, note and visibility a row should show for `ctx`, applied where they differ. */
function applyState(state: RowState, ctx: SessionRowContext): void {
  const { view } = state;
  const live = isLive(view, ctx.now);
  if (state.live !== live) setLive(state, live);
  if (!!state.star !== !!ctx.star) setStar(state, !!ctx.star);
  state.toggle = ctx.star?.toggle;
  if (state.star && ctx.star) {
    const starred = ctx.star.starred(view.id);
    if (state.starred !== starred) {
      state.starred = starred;
      state.star.setAttribute('aria-pressed', String(starred));
      state.star.firstElementChild!.textContent = starred ? '★' : '☆';
    }
    const label = ctx.star.label(view);
    if (state.starLabel !== label) state.star.setAttribute('aria-label', (state.starLabel = label));
  }
  const note = ctx.note?.(view.id) ?? '';
  if (state.note !== note) setNote(state, note);
  const hidden = ctx.hidden?.(view.id) ?? false;
  if (state.hidden !== hidden) state.element.hidden = state.hidden = hidden;
}

/**
 * A session as `<li part="session" data-id>`: time (`session-time`), title (`session-title`, a
 * button that opens the details when `ctx.open` is given), type, tracks with their colour and
 * name, format and location, languages, speakers, status in words, "Live now" with the stream
 * (and the part `session-live`), the visitor's star (`star`) and an overlap note when `ctx`
 * gives them. Put rows in a `<ul class="sessions">`, in a child position of a Lit template
 * (`repeat` keyed by `view.id`).
 *
 * Rows are plain DOM built once per view with `textContent` (never HTML), and patched in place
 * when what `ctx` says of them changes: 5,000 rows keep no per-field bindings alive, which keeps
 * the heap small and a re-render cheap. Filters that must not touch rows can select on
 * `data-filter` (see `SessionView.filterKeys`) in an adopted stylesheet.
 */
export function renderSessionRow(view: SessionView, ctx: SessionRowContext): DirectiveResult<typeof SessionRowDirective> {
  return sessionRow(view, ctx);
}

/** `Hybrid · Room C2`: the feed's location isolated from the format's word. */
function placeNode(view: SessionView): HTMLElement {
  const place = node('span', 'place');
  const location = view.location;
  if (location && view.place.endsWith(location)) {
    place.append(view.place.slice(0, -location.length), feedText('bdi', '', location));
  } else {
    place.textContent = view.place;
  }
  return place;
}

/** The type, tracks, place and languages line, with a separator read between its parts. */
function fillMeta(meta: HTMLElement, view: SessionView, messages: SessionMessages): void {
  const parts: HTMLElement[] = [];
  if (view.typeName) parts.push(feedText('span', 'type', view.typeName));
  for (const track of view.tracks) {
    const badge = feedText('span', 'track', track.name);
    badge.setAttribute('data-track', track.id);
    if (track.colorClass) badge.classList.add(track.colorClass);
    parts.push(badge);
  }
  if (view.place) parts.push(placeNode(view));
  if (view.languages) parts.push(node('span', 'langs', view.languages));
  meta.replaceChildren(...parts.flatMap((part, i) => (i === 0 ? [part] : [separator(messages.separator), part])));
}

/** Builds a row element (see renderSessionRow). */
function buildRow(view: SessionView, ctx: SessionRowContext): RowState {
  const li = node('li', `session ${view.status}`);
  li.setAttribute('part', 'session');
  li.setAttribute('data-id', view.id);
  if (view.filterKeys !== undefined) li.setAttribute('data-filter', view.filterKeys);
  const when = node('p', 'when');
  const time = node('time', '', view.timeLabel);
  time.setAttribute('part', 'session-time');
  time.dateTime = view.datetime;
  const status = node('strong', 'badge status', view.statusText);
  when.append(time, status);
  const title = feedText('span', 'title', view.title);
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
  fillMeta(meta, view, ctx.messages);
  const speakers = feedText('p', 'speakers', view.speakers);
  li.append(when, heading, meta, speakers);
  const state: RowState = { element: li, time, status, title, meta, speakers, messages: ctx.messages, opens: !!open, view, live: false, note: '', hidden: false };
  applyState(state, ctx);
  return state;
}

/** Brings a row up to a new view of the same session (a refresh): same element, new text. */
function patchRow(state: RowState, view: SessionView): void {
  const before = state.view;
  state.view = view;
  if (before.status !== view.status) state.element.className = `session ${view.status}`;
  if (before.filterKeys !== view.filterKeys) {
    if (view.filterKeys === undefined) state.element.removeAttribute('data-filter');
    else state.element.setAttribute('data-filter', view.filterKeys);
  }
  if (before.timeLabel !== view.timeLabel) state.time.textContent = view.timeLabel;
  if (before.datetime !== view.datetime) state.time.dateTime = view.datetime;
  if (before.statusText !== view.statusText) state.status.textContent = view.statusText;
  if (before.title !== view.title) state.title.textContent = view.title;
  if (before.speakers !== view.speakers) state.speakers.textContent = view.speakers;
  const metaKey = (v: SessionView) => [v.typeName, v.place, v.languages, ...v.tracks.map((t) => `${t.id}=${t.name}`)].join('|');
  if (metaKey(before) !== metaKey(view)) fillMeta(state.meta, view, state.messages);
  if (before.streamUrl !== view.streamUrl && state.live) setLive(state, true);
}

/** One row per child part: built on first render, then patched in place or kept. */
class SessionRowDirective extends Directive {
  private state?: RowState;

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.CHILD) throw new Error('renderSessionRow() goes in a child position');
  }

  render(_view: SessionView, _ctx: SessionRowContext): unknown {
    return noChange;
  }

  override update(_part: Part, [view, ctx]: [SessionView, SessionRowContext]): unknown {
    const state = this.state;
    if (state && state.view.id === view.id && state.messages === ctx.messages && state.opens === !!ctx.open) {
      if (state.view !== view) patchRow(state, view);
      applyState(state, ctx);
      return noChange;
    }
    this.state = buildRow(view, ctx);
    return this.state.element;
  }
}

const sessionRow = directive(SessionRowDirective);
