/**
 * The schedule's list: day sections of session rows, rendered in chunks (a big programme paints
 * its first days first, the rest follow in background chunks, all in the DOM a moment later for
 * find-in-page). Each day's rows come in groups of up to GROUP_ROWS, one `<ul>` each, and a group
 * is the unit of `content-visibility`: a filter change restyles and lays out only the groups near
 * the viewport, even in a day of 1,000 sessions (per-day containment laid out the whole day).
 */
import { html, type ReactiveController, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { createRef, ref } from 'lit/directives/ref.js';
import { repeat } from 'lit/directives/repeat.js';
import { renderSessionRow, type SessionRowContext } from '../sessions/session-row.js';
import { isLive, type SessionView } from '../sessions/view-model.js';
import type { ScheduleHost } from './host.js';

/** Sessions rendered before the first paint, then per background chunk. */
const FIRST_ROWS = 150;
const CHUNK_ROWS = 500;
/** The list hidden behind the grid starts building its rows at the first idle moment after the grid's paint, at most this late (ms). */
const RELEASE_MS = 500;
/** Rows per contained group inside a day. */
export const GROUP_ROWS = 50;

const tokenCache = new WeakMap<readonly SessionView[], string>();
/**
 * Every filter token of a group's rows (`data-filter` on the group): the filters' rule hides a
 * group none of whose rows can pass as one box, without restyling or laying out its rows.
 */
function groupTokens(rows: readonly SessionView[]): string {
  let tokens = tokenCache.get(rows);
  if (tokens === undefined) {
    const all = new Set<string>();
    for (const view of rows) for (const token of view.filterKeys?.split(' ') ?? []) if (token) all.add(token);
    tokenCache.set(rows, (tokens = [...all].join(' ')));
  }
  return tokens;
}

const groupCache = new WeakMap<readonly SessionView[], SessionView[][]>();
/** A day's rows in groups of GROUP_ROWS (cached per day's item list). */
function rowGroups(items: readonly SessionView[]): SessionView[][] {
  let groups = groupCache.get(items);
  if (!groups) {
    groups = [];
    for (let i = 0; i < items.length; i += GROUP_ROWS) groups.push(items.slice(i, i + GROUP_ROWS));
    groupCache.set(items, groups);
  }
  return groups;
}

/** What a render of the list works from. */
export interface ListModel {
  ctx: SessionRowContext;
  visibleByDay: ReadonlyMap<string, number>;
  hiddenByDay: ReadonlyMap<string, string>;
  dayLabels: ReadonlyMap<string, string>;
  /** Values that change when every row must be looked at again (language, live sessions, stars). */
  rowKeys: readonly unknown[];
  /**
   * The grid shows instead (`shown`), or will once its code is here (`coming`): the list is hidden
   * behind it, and no new row is built before the grid has painted (then they come in chunks).
   */
  behindGrid?: 'coming' | 'shown';
}

export class ChunkedList implements ReactiveController {
  /** Day groups rendered so far. */
  private renderedDays = 0;
  /** The last rendered day, when only its first row groups are rendered yet (a dense day), and how many. */
  private partial?: { day: string; groups: number };
  private chunkTimer?: ReturnType<typeof setTimeout>;
  private pendingScroll?: { kind: 'session' | 'day'; id: string; focus: boolean };
  private readonly sized = new WeakSet<Element>();
  private readonly listRef = createRef<HTMLDivElement>();
  private hiddenByDay: ReadonlyMap<string, string> = new Map();
  /** Day groups in the last render. */
  private shownDays = 0;
  /** Behind the grid, rows wait for the frame after the grid's first paint (then come in chunks). */
  private released = false;
  private releaseFrame?: number;
  private releaseIdle?: number;

  constructor(private readonly host: ScheduleHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.chunkTimer);
    this.chunkTimer = undefined;
    if (this.releaseFrame !== undefined) cancelAnimationFrame(this.releaseFrame);
    if (this.releaseIdle !== undefined) (typeof cancelIdleCallback === 'function' ? cancelIdleCallback : clearTimeout)(this.releaseIdle);
    this.releaseFrame = this.releaseIdle = undefined;
  }

  /**
   * After new day groups (a feed, zone or language): how many the first paint renders. A list
   * that was complete stays complete (no row disappears under the reader); otherwise, all days
   * of a programme of up to FIRST_ROWS sessions, or of a bigger one the days holding the first
   * FIRST_ROWS sessions that pass the filters.
   */
  regrouped(wasComplete: boolean, visibleByDay: ReadonlyMap<string, number>): void {
    const groups = this.host.groups;
    this.partial = undefined;
    if (wasComplete) {
      this.renderedDays = groups.length;
      return;
    }
    let rows = 0;
    let visible = 0;
    let first = groups.length;
    for (let i = 0; i < groups.length; i++) {
      const before = rows;
      rows += groups[i].items.length;
      visible += visibleByDay.get(groups[i].day) ?? 0;
      if (visible >= FIRST_ROWS || rows >= FIRST_ROWS * 4) {
        first = i + 1;
        // A dense day (1,000 sessions) paints its first groups first, the rest in the next chunks.
        const needed = Math.max(1, Math.ceil((FIRST_ROWS - before) / GROUP_ROWS));
        if (first > this.renderedDays && needed < rowGroups(groups[i].items).length) this.partial = { day: groups[i].day, groups: needed };
        break;
      }
    }
    this.renderedDays = Math.max(this.renderedDays, first);
  }

  get complete(): boolean {
    return this.host.groups.length > 0 && this.renderedDays >= this.host.groups.length && !this.partial;
  }

  private liveCache?: { views: readonly SessionView[]; now: number; key: string };
  /** The ids of the sessions under way at `now` (cached per feed and instant): rows re-render when it changes. */
  liveKey(now: number): string {
    const views = this.host.views;
    if (this.liveCache?.views !== views || this.liveCache.now !== now) {
      const key = views
        .filter((v) => isLive(v, now))
        .map((v) => v.id)
        .join(' ');
      this.liveCache = { views, now, key };
    }
    return this.liveCache.key;
  }

  /** Renders every day on the next update and scrolls to a day or a session (focusing it if asked). */
  reveal(kind: 'session' | 'day', id: string, focus: boolean): void {
    this.renderedDays = this.host.groups.length;
    this.partial = undefined;
    this.pendingScroll = { kind, id, focus };
    this.host.requestUpdate();
  }

  render(model: ListModel): TemplateResult {
    const host = this.host;
    const groups = host.groups;
    this.hiddenByDay = model.hiddenByDay;
    const hidden = model.ctx.hidden;
    const held = model.behindGrid !== undefined && !this.released;
    if (held && model.behindGrid === 'shown') this.release();
    this.shownDays = held ? Math.min(this.shownDays, this.renderedDays) : this.renderedDays;
    const partial = this.partial;
    return html`<div class="list" ${ref(this.listRef)}>
      ${repeat(
        this.shownDays >= groups.length ? groups : groups.slice(0, this.shownDays),
        (group) => group.day,
        (group) => html`<section part="day" class="day" data-day=${group.day} tabindex="-1" ?hidden=${!model.visibleByDay.get(group.day)}>
          ${guard([group, host.headingLevel], () => host.heading(1, model.dayLabels.get(group.day), 'day-heading'))}
          ${guard([group, ...model.rowKeys, model.hiddenByDay.get(group.day), partial?.day === group.day && partial.groups], () =>
            (partial?.day === group.day ? rowGroups(group.items).slice(0, partial.groups) : rowGroups(group.items)).map(
              (rows) => html`<ul class="sessions" data-filter=${groupTokens(rows)} ?hidden=${hidden !== undefined && rows.every((view) => hidden(view.id))}>
                ${repeat(
                  rows,
                  (view) => view.id,
                  (view) => renderSessionRow(view, model.ctx),
                )}
              </ul>`,
            ),
          )}
        </section>`,
      )}
    </div>`;
  }

  /**
   * Lets the hidden list's rows come once the grid has painted: the frame after, then the first
   * idle moment (at most RELEASE_MS later; a timer where `requestIdleCallback` is missing).
   */
  private release(): void {
    if (this.releaseFrame !== undefined) return;
    // Two frames: the first is the one that paints the grid.
    this.releaseFrame = requestAnimationFrame(() => (this.releaseFrame = requestAnimationFrame(() => {
      const go = () => {
        this.releaseFrame = this.releaseIdle = undefined;
        this.released = true;
        this.host.requestUpdate();
      };
      if (typeof requestIdleCallback === 'function') this.releaseIdle = requestIdleCallback(go, { timeout: RELEASE_MS });
      else this.releaseIdle = window.setTimeout(go, RELEASE_MS);
    })));
  }

  /** After a render: sizes new row groups, scrolls where asked, and plans the next chunk. */
  updated(): void {
    const list = this.listRef.value;
    if (list) {
      for (const section of list.children as HTMLCollectionOf<HTMLElement>) {
        let hidden: Set<string> | undefined;
        for (const ul of section.children as HTMLCollectionOf<HTMLElement>) {
          // A group keeps its first estimate (its rows that pass the filters): `contain-intrinsic-size:
          // auto` remembers its real size once laid out, so a filter change writes nothing here.
          if (ul.tagName !== 'UL' || this.sized.has(ul)) continue;
          this.sized.add(ul);
          hidden ??= new Set((this.hiddenByDay.get(section.getAttribute('data-day') ?? '') ?? '').split(' '));
          let rows = 0;
          for (const li of ul.children as HTMLCollectionOf<HTMLElement>) if (!hidden.has(li.dataset.id ?? '')) rows++;
          ul.style.setProperty('--_rows', String(rows));
        }
      }
    }
    this.scroll();
    this.scheduleChunk();
  }

  private scroll(): void {
    const target = this.pendingScroll;
    if (!target) return;
    this.pendingScroll = undefined;
    const root = this.host.renderRoot;
    const element =
      target.kind === 'day'
        ? root.querySelector<HTMLElement>(`[part~="day"][data-day="${CSS.escape(target.id)}"]`)
        : root.querySelector<HTMLElement>(`[part~="session"][data-id="${CSS.escape(target.id)}"]`);
    if (!element) return;
    element.scrollIntoView({ block: target.kind === 'day' ? 'start' : 'center' });
    if (target.focus) {
      const focusable = target.kind === 'day' ? element : element.querySelector<HTMLElement>('button.open');
      focusable?.focus({ preventScroll: true });
    }
  }

  private scheduleChunk(): void {
    if (this.chunkTimer !== undefined || this.releaseFrame !== undefined || this.complete || !this.host.groups.length) return;
    this.chunkTimer = setTimeout(() => {
      this.chunkTimer = undefined;
      const groups = this.host.groups;
      let rows = 0;
      const partial = this.partial;
      if (partial) {
        // The dense day's further groups first, CHUNK_ROWS at a time.
        const more = partial.groups + CHUNK_ROWS / GROUP_ROWS;
        const day = groups.find((g) => g.day === partial.day);
        this.partial = day && more < rowGroups(day.items).length ? { day: partial.day, groups: more } : undefined;
        this.host.requestUpdate();
        return;
      }
      while (this.renderedDays < groups.length && rows < CHUNK_ROWS) {
        rows += groups[this.renderedDays].items.length;
        this.renderedDays++;
      }
      this.host.requestUpdate();
    }, 0);
  }
}
