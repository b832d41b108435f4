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
    gap: 2px;
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
  }
  .block {
    position: relative;
    display: flex;
    gap: var(--_space-xs);
    align-items: start;
    min-block-size: 44px;
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
  .block .open {
    display: grid;
    gap: 2px;
    flex: 1;
    min-inline-size: 0;
    font-weight: normal;
  }
  .block .title {
    font-weight: 600;
    overflow-wrap: anywhere;
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
  .block .badge.live {
    justify-self: start;
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
