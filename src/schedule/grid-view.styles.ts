import { css } from 'lit';

/** Styles of the grid view (adopted when the grid is first shown). */
export const gridStyles = css`
  :host {
    --_minute: var(--wsis-schedule-grid-minute, 1.6px);
    --_lane-min: var(--wsis-schedule-grid-column-width, 180px);
    --_time-column: 72px;
    --_grid-height: var(--wsis-schedule-grid-height, 80vh);
    --_head: 48px;
  }
  /* The list stays in the DOM (hidden) while the grid shows, ready for a narrow width. */
  .grid-view + .list {
    display: none;
  }
  .grid-days {
    display: flex;
    gap: var(--_space-xs);
    overflow-x: auto;
    list-style: none;
    margin: 0 0 var(--_space-s);
    padding: 2px;
  }
  .grid-days button {
    min-block-size: 32px;
    padding: 0 var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    white-space: nowrap;
    cursor: pointer;
  }
  .grid-days button[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  .grid-scroll {
    overflow: auto;
    max-block-size: var(--_grid-height);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    /* What the sticky headers cover: scrolling a focused block into view stays clear of them. */
    scroll-padding-block-start: var(--_head);
    scroll-padding-inline-start: var(--_time-column);
    overscroll-behavior: contain;
  }
  .grid {
    display: grid;
    /* No row gap: a block's height is its duration times --_minute, to the pixel. */
    column-gap: 2px;
    min-inline-size: min-content;
    background: var(--_surface);
  }
  .corner,
  .column-head {
    position: sticky;
    inset-block-start: 0;
    grid-row: 1;
    z-index: 2;
    min-block-size: var(--_head);
    box-sizing: border-box;
    display: flex;
    align-items: center;
    padding: var(--_space-xs) var(--_space-s);
    background: var(--_surface-alt, var(--_surface));
    border-block-end: 1px solid var(--_border);
    font-weight: 600;
    font-size: var(--_font-size-s);
  }
  /* The time axis also covers the 2px column gap beside it (a shadow, outside its box), so no
     block text scrolled sideways shows through. */
  .corner,
  .tick {
    box-shadow: 0 0 0 2px var(--_surface);
  }
  .corner {
    inset-inline-start: 0;
    grid-column: 1;
    z-index: 3;
    color: var(--_muted);
  }
  .tick {
    position: sticky;
    inset-inline-start: 0;
    grid-column: 1;
    z-index: 1;
    padding: 0 var(--_space-xs);
    background: var(--_surface);
    border-block-start: 1px solid var(--_border);
    color: var(--_muted);
    font-size: var(--_font-size-s);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  /* A column's blocks, in a box spanning every time row: at first paint a box off screen (a
     wide day) is skipped whole, its blocks neither styled, laid out nor painted; then the boxes
     are rendered one by one in idle moments (.laid, set by grid-view.ts), so scrolling only paints
     and every block is in the accessibility tree (Chromium leaves a skipped box's content out of
     it). Blocks are in the DOM and the roving tab order throughout. The box is sized by the grid,
     so skipping it moves nothing. */
  .column {
    grid-row: 2 / -1;
    position: relative;
    /* Kept once rendered (.laid): a column out of view is culled as one box when scrolling paints. */
    contain: layout paint style;
    content-visibility: auto;
  }
  .column.laid {
    content-visibility: visible;
  }
  .block {
    /* Placed from its minutes and lane by the layout sheet (.o-N .m-N .x-…). */
    position: absolute;
    /* Its own stacking context under the sticky axis (z-index 1) and headers (2). */
    z-index: 0;
    display: flex;
    gap: var(--_space-xs);
    align-items: stretch;
    /* The height is the duration's; only sessions under 15 minutes (at the default scale) are
       raised to the minimum target size (WCAG 2.5.8, 24 px). */
    min-block-size: 24px;
    min-inline-size: 0;
    box-sizing: border-box;
    padding: var(--_space-xs);
    padding-inline-start: var(--_space-s);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_track, var(--_accent));
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow: hidden;
    /* Kept clear of the sticky column headers and time axis when scrolled to. */
    scroll-margin-block-start: calc(var(--_head) + 4px);
    scroll-margin-inline-start: calc(var(--_time-column) + 4px);
  }
  .block:hover {
    background: var(--_surface-alt, var(--_surface));
  }
  /* Text that does not fit is clipped inside the block: the title shrinks first (the button's
     accessible name and the details keep the whole title). */
  .block .open {
    display: flex;
    flex-direction: column;
    align-items: start;
    gap: 2px;
    flex: 1;
    min-inline-size: 0;
    min-block-size: 0;
    overflow: hidden;
    font-weight: normal;
    text-align: start;
  }
  .block .open > * {
    flex-shrink: 0;
    max-inline-size: 100%;
  }
  .block .open > .title {
    flex-shrink: 1;
    min-block-size: 0;
    overflow: hidden;
    font-weight: 600;
    /* Words break only when one alone is wider than the block ("Decentralizing" stays whole). */
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .block-time,
  .block-meta {
    color: var(--_muted);
    font-size: var(--_font-size-s);
    font-variant-numeric: tabular-nums;
  }
  .block .conflict {
    color: var(--_danger);
    font-size: var(--_font-size-s);
    font-weight: 600;
  }
  .block.cancelled,
  .block.postponed {
    border-style: dashed;
  }
  @media (forced-colors: active) {
    .block {
      border-inline-start-color: CanvasText;
    }
  }
`;
