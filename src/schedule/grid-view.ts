/**
 * The grid view of <wsis-schedule> (`view="grid"`): one day, columns by location or track, rows
 * by time. Loaded with a dynamic import the first time a grid is shown.
 *
 * Blocks are placed by rules written into a constructable stylesheet adopted by the shadow root
 * (`.at-12 { inset-block-start: …; block-size: … }`, from their minutes and lanes, inside one box
 * per column): no style attribute, CSP-safe. Columns off screen are skipped at first paint and
 * rendered in idle moments after it (see renderColumns). Keyboard: one
 * block is in the tab order (roving tabindex, first the earliest session); arrow keys move between
 * blocks, Home/End to the first/last block of the day, Enter/Space opens the details.
 *
 * Semantics (an equivalent of the APG grid pattern, since blocks span rows and lanes and a
 * row/gridcell table cannot describe them): a labelled group described by the keyboard
 * instructions, column headings as headings, and each block's name = time, title, track and
 * location (the location in hidden text when it is the column), so a screen reader says where and when without reading the layout.
 */
import { dateTimeFormat } from '../i18n/intl-cache.js';
import type { AdoptedSheets } from '../internal/adopted-sheets.js';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { gridStyles } from './grid-view.styles.js';
import { layoutCss, layoutDay, type GridBlock, type GridLayout } from './grid-layout.js';
import type { PlanMessages } from './messages/plan/index.js';
import { isLive, type SessionView } from '../sessions/view-model.js';
import { dayKeyInstant } from '../sessions/time.js';

export interface GridContext {
  /** The sessions that pass the filters, sorted by start. */
  visible: readonly SessionView[];
  columns: 'location' | 'track';
  zone: string;
  locale: string;
  dir: 'ltr' | 'rtl';
  /** The `day` filter, if any. */
  day?: string;
  now: number;
  plan: PlanMessages;
  /** "Live now", in the element's language. */
  liveNow: string;
  isStarred: (id: string) => boolean;
  toggleStar: (id: string) => void;
  conflictText: (id: string) => string;
  open: (id: string) => void;
  /** Level of the column headings (one below the programme's heading). */
  headingLevel: number;
}

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment; readonly sheets: AdoptedSheets };

export class GridView {
  /** The day the visitor picked in the grid's day strip. */
  private chosenDay?: string;
  private focusId?: string;
  private layoutKey?: unknown[];
  private layout?: GridLayout;
  private views = new Map<string, SessionView>();
  private pendingFocus?: string;

  constructor(private readonly host: Host) {}

  /** The days that have sessions passing the filters, and the one shown. */
  private days(ctx: GridContext): { days: string[]; day?: string } {
    const days = [...new Set(ctx.visible.map((v) => v.day))];
    const live = ctx.visible.find((v) => v.end > ctx.now && v.start <= ctx.now + 86400000)?.day;
    const day = [this.chosenDay, ctx.day, live].find((d) => d && days.includes(d)) ?? days[0];
    return { days, day };
  }

  render(ctx: GridContext): TemplateResult {
    const { days, day } = this.days(ctx);
    this.host.sheets.set('grid', gridStyles.styleSheet!);
    const items = day ? ctx.visible.filter((v) => v.day === day) : [];
    const key = [ctx.visible, day, ctx.columns, ctx.locale, ctx.plan];
    if (!this.layoutKey || key.some((part, i) => part !== this.layoutKey![i])) {
      this.layoutKey = key;
      this.views = new Map(items.map((v) => [v.id, v]));
      const labels = new Map<string, string>([['', ctx.columns === 'track' ? ctx.plan.otherSessions : ctx.plan.noLocation]]);
      for (const v of items) {
        if (ctx.columns === 'track') {
          if (v.tracks[0]) labels.set(v.tracks[0].id, v.tracks[0].name);
        } else if (v.locationKey) labels.set(v.locationKey, v.location);
      }
      const collator = new Intl.Collator(ctx.locale);
      const order = new Map(items.map((v) => [v.location, v.locationOrder]));
      this.layout = layoutDay(
        items.map((v) => ({
          id: v.id,
          start: v.start,
          end: v.end,
          column: ctx.columns === 'track' ? (v.tracks[0]?.id ?? '') : v.locationKey,
        })),
        ctx.zone,
        labels,
        (a, b) => (ctx.columns === 'track' ? 0 : (order.get(a) ?? 0) - (order.get(b) ?? 0)) || collator.compare(a, b),
      );
      this.host.sheets.set('grid-layout', layoutCss(this.layout));
    }
    const layout = this.layout!;
    // The first tab stop is the earliest session (the first column's first block may start later).
    if (!this.focusId || !this.views.has(this.focusId)) {
      this.focusId = layout.blocks.reduce<GridBlock | undefined>((a, b) => (!a || b.rowStart < a.rowStart ? b : a), undefined)?.id;
    }
    const dayFormat = dateTimeFormat(ctx.locale, 'UTC', { weekday: 'short', day: 'numeric', month: 'short' });
    const tickFormat = dateTimeFormat(ctx.locale, ctx.zone, { hour: 'numeric', minute: '2-digit' });
    return html`<div class="grid-view" part="grid">
      ${days.length > 1
        ? html`<ul class="grid-days" aria-label=${ctx.plan.gridDay}>
            ${days.map(
              (d) => html`<li>
                <button type="button" aria-pressed=${d === day ? 'true' : 'false'} @click=${() => this.chooseDay(d)}>
                  ${dayFormat.format(dayKeyInstant(d))}
                </button>
              </li>`,
            )}
          </ul>`
        : nothing}
      <div class="grid-scroll" part="grid-scroll">
        <p id="grid-help" class="visually-hidden">${ctx.plan.gridInstructions}</p>
        <div class="grid" role="group" aria-describedby="grid-help" aria-label=${day ? ctx.plan.gridOfDay(dayFormat.format(dayKeyInstant(day))) : ctx.plan.grid} @keydown=${(e: KeyboardEvent) => this.onKeyDown(e, ctx.dir)} @focusin=${this.onFocusIn}>
          <div class="corner" aria-hidden="true">${ctx.plan.time}</div>
          ${layout.ticks.map(
            (tick, index) => html`<div class="tick" data-tick=${index} aria-hidden="true">${tickFormat.format(tick.at)}</div>`,
          )}
          ${repeat(
            layout.columns,
            (column) => column.key,
            (column, index) =>
              html`<div class="column-head" part="grid-column" role="heading" aria-level=${ctx.headingLevel} data-column=${index} dir="auto">${column.label}</div>
                <div class="column" data-column=${index}>
                  ${repeat(
                    this.blocksOf(index),
                    (at) => layout.blocks[at].id,
                    (at) => this.renderBlock(layout.blocks[at], at, ctx),
                  )}
                </div>`,
          )}
        </div>
      </div>
    </div>`;
  }

  /** The indices in `layout.blocks` of a column's blocks (they are stored column by column). */
  private blocksOf(column: number): number[] {
    const at: number[] = [];
    this.layout?.blocks.forEach((block, index) => {
      if (block.column === column) at.push(index);
    });
    return at;
  }

  private renderBlock(block: GridBlock, index: number, ctx: GridContext): TemplateResult {
    const view = this.views.get(block.id)!;
    const starred = ctx.isStarred(view.id);
    const conflict = starred ? ctx.conflictText(view.id) : '';
    const tab = view.id === this.focusId ? 0 : -1;
    const track = view.tracks[0];
    const live = isLive(view, ctx.now);
    return html`<div
      class="block ${view.status} at-${index} ${track?.colorClass ?? ''}"
      part=${live ? 'session session-live grid-session' : 'session grid-session'}
      data-id=${view.id}
      data-track=${track?.id ?? nothing}
    >
      <button
        class="open"
        type="button"
        tabindex=${tab}
        aria-haspopup="dialog"
        @click=${() => ctx.open(view.id)}
      >
        <span class="block-time" part="session-time">${view.timeLabel}</span>
        ${live ? html`<strong class="badge live">${ctx.liveNow}</strong>` : nothing}
        <span class="title" part="session-title" dir="auto">${view.title}</span>
        ${ctx.columns === 'track' ? (view.location ? html`<span class="block-meta" dir="auto">${view.location}</span>` : nothing) : track ? html`<span class="block-meta track ${track.colorClass ?? ''}" data-track=${track.id} dir="auto">${track.name}</span>` : nothing}
        ${view.statusText ? html`<strong class="badge status">${view.statusText}</strong>` : nothing}
        ${conflict ? html`<span class="conflict">${conflict}</span>` : nothing}
        ${ctx.columns === 'location' && view.location ? html`<span class="visually-hidden" dir="auto">${view.location}</span>` : nothing}
      </button>
      <button
        class="star"
        part="star"
        type="button"
        tabindex=${tab}
        aria-pressed=${starred ? 'true' : 'false'}
        aria-label=${ctx.plan.addToMySchedule(view.title)}
        @click=${() => ctx.toggleStar(view.id)}
      >
        <span aria-hidden="true">${starred ? '★' : '☆'}</span>
      </button>
    </div>`;
  }

  private chooseDay(day: string): void {
    this.chosenDay = day;
    this.host.requestUpdate();
  }

  private readonly onFocusIn = (event: FocusEvent) => {
    const block = (event.target as HTMLElement).closest<HTMLElement>('.block');
    if (block?.dataset.id && block.dataset.id !== this.focusId) this.rove(block.dataset.id);
  };

  /** Moves the tab stop to a block (both its buttons). */
  private rove(id: string): void {
    const root = this.host.renderRoot;
    const previous = this.focusId;
    this.focusId = id;
    for (const [blockId, tab] of [
      [previous, '-1'],
      [id, '0'],
    ] as const) {
      if (!blockId) continue;
      const block = root.querySelector(`.grid .block[data-id="${CSS.escape(blockId)}"]`);
      block?.querySelectorAll('button').forEach((b) => b.setAttribute('tabindex', tab));
    }
  }

  /** The block an arrow key leads to from `from`, or undefined. */
  private target(from: GridBlock, key: string, dir: 'ltr' | 'rtl'): GridBlock | undefined {
    const blocks = this.layout?.blocks ?? [];
    const inColumn = (column: number) =>
      blocks.filter((b) => b.column === column).sort((a, b) => a.rowStart - b.rowStart || a.lane - b.lane);
    if (key === 'Home') return blocks.reduce((a, b) => (b.rowStart < a.rowStart ? b : a), blocks[0]);
    if (key === 'End') return blocks.reduce((a, b) => (b.rowStart >= a.rowStart ? b : a), blocks[0]);
    if (key === 'ArrowUp' || key === 'ArrowDown') {
      const list = inColumn(from.column);
      return list[list.indexOf(from) + (key === 'ArrowUp' ? -1 : 1)];
    }
    if (key === 'ArrowLeft' || key === 'ArrowRight') {
      // Lanes first, then the next column; in Arabic the columns run from right to left.
      const forward = (key === 'ArrowRight') === (dir === 'ltr');
      const columns = this.layout?.columns.length ?? 0;
      for (let c = from.column + (forward ? 1 : -1); c >= 0 && c < columns; c += forward ? 1 : -1) {
        const list = inColumn(c);
        if (!list.length) continue;
        // The block nearest in time (an overlapping one first).
        return list.reduce((best, b) => (Math.abs(b.rowStart - from.rowStart) < Math.abs(best.rowStart - from.rowStart) ? b : best));
      }
    }
    return undefined;
  }

  private onKeyDown(event: KeyboardEvent, dir: 'ltr' | 'rtl'): void {
    const block = (event.target as HTMLElement).closest<HTMLElement>('.block');
    const from = this.layout?.blocks.find((b) => b.id === block?.dataset.id);
    if (!from || !['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    event.preventDefault();
    const to = this.target(from, event.key, dir);
    if (to) this.focus(to.id);
  }

  /** Focuses a block's open button, scrolled into view clear of the sticky headers. */
  focus(id: string): void {
    const button = this.host.renderRoot.querySelector<HTMLElement>(`.grid .block[data-id="${CSS.escape(id)}"] .open`);
    if (!button) {
      this.pendingFocus = id;
      return;
    }
    this.rove(id);
    button.focus({ preventScroll: true });
    // scroll-margin on blocks and scroll-padding on the scroller keep it out from under the headers.
    button.closest('.block')!.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  /** The layout whose columns are being rendered in the background. */
  private rendering?: GridLayout;

  /**
   * Columns off screen are skipped at first paint (`content-visibility: auto`); afterwards, in idle
   * moments, they are rendered one after another (`.laid`: `content-visibility: visible`), so that
   * scrolling only paints and every block is in the accessibility tree a moment after the grid
   * shows. Stops when the element leaves the page; starts over with each new layout.
   */
  private renderColumns(): void {
    const layout = this.layout;
    if (!layout || this.rendering === layout) return;
    this.rendering = layout;
    const later = (step: (deadline?: IdleDeadline) => void) =>
      typeof requestIdleCallback === 'function' ? requestIdleCallback(step, { timeout: 1000 }) : setTimeout(step, 50);
    const step = (deadline?: IdleDeadline) => {
      if (this.rendering !== layout || !this.host.isConnected) return;
      const next = this.host.renderRoot.querySelectorAll<HTMLElement>('.grid .column:not(.laid)');
      let done = 0;
      // At least one column per idle moment; more while the moment lasts (forced layout here, not in a frame).
      while (done < next.length && (done === 0 || (deadline?.timeRemaining() ?? 0) > 8)) {
        next[done].classList.add('laid');
        next[done++].getBoundingClientRect();
      }
      if (done < next.length) later(step);
    };
    later(step);
  }

  /** After each render of the grid: moves focus where a keyboard move asked, renders the columns off screen. */
  updated(): void {
    this.renderColumns();
    if (this.pendingFocus) {
      const id = this.pendingFocus;
      this.pendingFocus = undefined;
      this.focus(id);
    }
  }

  /** Whether a session is in the grid of the shown day. */
  shows(id: string): boolean {
    return this.views.has(id);
  }
}
