/**
 * The grid view of <wsis-schedule> (`view="grid"`): one day, columns by location or track, rows
 * by time. Loaded with a dynamic import the first time a grid is shown.
 *
 * Blocks are placed by rules written into a constructable stylesheet adopted by the shadow root
 * (`.o-90 { inset-block-start: … }`, `.m-45 { block-size: … }`, shared classes from their minutes
 * and lanes, inside one box per column): no style attribute, CSP-safe. Only the columns in view
 * get their blocks before the first paint; the others are filled in idle moments after it (see
 * renderColumns). Keyboard: one
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
import { html, nothing, render, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { gridStyles } from './grid-view.styles.js';
import { layoutDay, layoutSheet, type GridBlock, type GridLayout } from './grid-layout.js';
import type { PlanMessages } from './messages/plan/index.js';
import type { SessionView } from '../sessions/view-model.js';
import { gridBlock } from './grid-block.js';
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
  /** The context of the last render (the columns filled after it use it). */
  private ctx?: GridContext;
  /** The indices in `layout.blocks` of each column's blocks (they are stored column by column). */
  private byColumn: number[][] = [];
  /** Each block's placing classes (see layoutSheet), in `layout.blocks` order. */
  private places: string[] = [];
  /** The column boxes whose blocks are rendered (by fillColumn). */
  private filled = new WeakSet<HTMLElement>();

  constructor(private readonly host: Host) {
    // Back in a page (moved by its script): the columns not filled yet are filled after all.
    host.addController({ hostConnected: () => this.renderColumns() });
  }

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
      const sheet = layoutSheet(this.layout);
      this.host.sheets.set('grid-layout', sheet.css);
      this.places = sheet.classes;
      this.byColumn = this.layout.columns.map(() => []);
      this.layout.blocks.forEach((block, index) => this.byColumn[block.column].push(index));
    }
    this.ctx = ctx;
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
                <div class="column" data-column=${index}></div>`,
          )}
        </div>
      </div>
    </div>`;
  }

  /** A column's blocks (filled into its box by fillColumn, not by the grid's template). */
  private columnBlocks(column: number, ctx: GridContext): TemplateResult {
    const layout = this.layout!;
    return html`${repeat(
      this.byColumn[column] ?? [],
      (at) => layout.blocks[at].id,
      (at) => gridBlock(this.views.get(layout.blocks[at].id)!, this.places[at], layout.blocks[at].id === this.focusId ? 0 : -1, ctx),
    )}`;
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
    const at = this.layout?.blocks.findIndex((b) => b.id === id) ?? -1;
    if (at >= 0) this.fillColumn(this.layout!.blocks[at].column);
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

  private columnBoxes(): HTMLElement[] {
    return [...this.host.renderRoot.querySelectorAll<HTMLElement>('.grid .column')];
  }

  /**
   * Renders a column's blocks into its box (Lit's `render`, apart from the grid's template) with
   * the last render's context; again on each render once filled, so that stars, live badges and a
   * new layout reach it. Returns whether it was filled before.
   */
  private fillColumn(index: number, box = this.columnBoxes()[index]): boolean {
    if (!box || !this.ctx || !this.layout) return false;
    const was = this.filled.has(box);
    this.filled.add(box);
    render(this.columnBlocks(index, this.ctx), box, { host: this.host });
    return was;
  }

  /** The layout whose columns are being rendered in the background. */
  private rendering?: GridLayout;

  /**
   * Only the columns in or near the scroller's view (and the one holding the tab stop) get their
   * blocks before the first paint; the others are filled afterwards, a column per idle moment,
   * and rendered (`.laid`: `content-visibility: visible`; until then a box off screen is skipped
   * by `content-visibility: auto`), so that scrolling only paints, and every block is in the DOM
   * (find in page) and the accessibility tree a moment after the grid shows. A keyboard move to a
   * block not filled yet fills its column at once (focus). Stops when the element leaves the page
   * and goes on when it is back; starts over with each new layout.
   */
  private renderColumns(): void {
    const layout = this.layout;
    if (!layout || this.rendering === layout) return;
    this.rendering = layout;
    // An idle moment, or at the latest 50 ms on (a busy page still gets every column within a second or two).
    const later = (step: (deadline?: IdleDeadline) => void) =>
      typeof requestIdleCallback === 'function' ? requestIdleCallback(step, { timeout: 50 }) : setTimeout(step, 50);
    const step = (deadline?: IdleDeadline) => {
      if (this.rendering !== layout) return;
      if (!this.host.isConnected) {
        // Out of the page: stop, and start again when it is back (hostConnected).
        this.rendering = undefined;
        return;
      }
      const boxes = this.columnBoxes();
      let done = 0;
      // At least one column per idle moment; more while the moment lasts (forced layout here, not in a frame).
      for (const [index, box] of boxes.entries()) {
        if (box.classList.contains('laid')) continue;
        if (done > 0 && (deadline?.timeRemaining() ?? 0) <= 8) return later(step);
        if (!this.filled.has(box)) this.fillColumn(index, box);
        box.classList.add('laid');
        box.getBoundingClientRect();
        done++;
      }
    };
    later(step);
  }

  /**
   * The columns to fill before the first paint: those in the scroller's view, and the tab stop's
   * (the next ones are the first filled after the paint, in document order).
   */
  private nearColumns(boxes: HTMLElement[]): Set<number> {
    const near = new Set<number>();
    const focusBlock = this.layout?.blocks.find((b) => b.id === this.focusId);
    if (focusBlock) near.add(focusBlock.column);
    const scroller = this.host.renderRoot.querySelector('.grid-scroll');
    if (!scroller) return near;
    // One forced layout, of a grid whose unfilled columns are empty boxes.
    const view = scroller.getBoundingClientRect();
    boxes.forEach((box, index) => {
      const r = box.getBoundingClientRect();
      if (r.right >= view.left && r.left <= view.right) near.add(index);
    });
    return near;
  }

  /** After each render of the grid: fills the columns (see renderColumns), moves focus where a keyboard move asked. */
  updated(): void {
    const boxes = this.columnBoxes();
    const empty = boxes.some((box) => !this.filled.has(box));
    const near = empty ? this.nearColumns(boxes) : new Set<number>();
    boxes.forEach((box, index) => {
      if (this.filled.has(box) || near.has(index)) this.fillColumn(index, box);
    });
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
