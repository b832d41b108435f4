import { css } from 'lit';
import { sessionRowStyles } from '../sessions/session-row.styles.js';

export const scheduleStyles = [
  sessionRowStyles,
  css`
    :host {
      --_row-estimate: var(--wsis-schedule-row-estimate, 88px);
      --_details-width: var(--wsis-schedule-details-width, 720px);
    }
    .root {
      container-type: inline-size;
      min-inline-size: 0;
    }
    .heading {
      margin: 0 0 var(--_space-s);
      font-size: var(--_font-size-l);
      line-height: 1.3;
    }
    .controls {
      display: grid;
      gap: var(--_space-s);
      margin-block-end: var(--_space-m);
    }
    .controls p {
      margin: 0;
    }
    .zone-line {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-xs) var(--_space-m);
      align-items: baseline;
      font-size: var(--_font-size-s);
      color: var(--_muted);
    }
    .zone-picker summary {
      cursor: pointer;
      min-block-size: 24px;
    }
    .zone-form {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-s);
      align-items: end;
      margin-block-start: var(--_space-s);
    }
    .zone-form label,
    .filter {
      display: grid;
      gap: 2px;
      font-size: var(--_font-size-s);
      color: var(--_muted);
      min-inline-size: 0;
    }
    .hint {
      font-size: var(--_font-size-s);
      color: var(--_muted);
      flex-basis: 100%;
      order: 3;
    }
    input,
    select {
      font: inherit;
      font-size: var(--_font-size);
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: var(--_space-xs) var(--_space-s);
      min-block-size: 32px;
      max-inline-size: 100%;
    }
    .filters {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 160px), 1fr));
      gap: var(--_space-s);
    }
    .filters .search {
      grid-column: 1 / -1;
    }
    .filter select,
    .filter input {
      inline-size: 100%;
      min-inline-size: 0;
    }
    .chips {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-xs) var(--_space-s);
      align-items: center;
    }
    .chip {
      border: 1px solid var(--_accent);
      border-radius: 999px;
      background: var(--_surface);
      color: var(--_text);
      padding: 2px var(--_space-s);
      font-size: var(--_font-size-s);
    }
    .link {
      border: none;
      background: none;
      padding: 0;
      color: var(--_accent);
      text-decoration: underline;
      text-align: start;
    }
    .button.secondary {
      background: var(--_surface);
      color: var(--_accent);
    }
    .count {
      font-size: var(--_font-size-s);
      color: var(--_muted);
    }
    .day-nav {
      display: grid;
      gap: var(--_space-xs);
      margin-block-end: var(--_space-m);
      justify-items: start;
    }
    .strip {
      display: flex;
      gap: var(--_space-xs);
      list-style: none;
      /* Room for the focus ring (3px + 2px offset): a scroller clips what overflows it. Inside the
         element's box (no negative margin: in right-to-left it made the whole element scroll). */
      margin: 0;
      padding: 6px 0 calc(var(--_space-xs) + 6px);
      padding-inline-start: 6px;
      overflow-x: auto;
      max-inline-size: 100%;
      scrollbar-width: thin;
    }
    /* The room at the strip's end is a box, not padding: WebKit leaves a scroller's end padding out
       of what it scrolls to in right-to-left, which clipped the last button's ring. */
    .strip::after {
      content: '';
      flex: none;
      inline-size: 6px;
      margin-inline-start: calc(-1 * var(--_space-xs));
    }
    .strip button {
      /* Focus scrolls a button whole into the strip, with its ring (3px + 2px offset). */
      scroll-margin-inline: 6px;
      white-space: nowrap;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      padding: 2px var(--_space-s);
      font-size: var(--_font-size-s);
    }
    .strip button[aria-pressed='true'] {
      border-color: var(--_accent);
      background: var(--_accent);
      color: var(--_on-accent);
    }
    .day {
      margin-block-end: var(--_space-m);
    }
    /* Off-screen row groups (up to 50 rows each) are not styled or laid out until they come near:
       5,000 rows paint fast and a filter change touches only the groups on screen. */
    .day > .sessions {
      content-visibility: auto;
      contain-intrinsic-size: auto calc(var(--_rows, 4) * var(--_row-estimate));
    }
    .day:focus {
      outline: none;
    }
    .day:focus-visible {
      outline: var(--_focus);
    }
    /* Tabbing upward scrolls a row clear of its day's sticky heading: the focused control carries
       the margin (focus scrolls it, not its row), on top of the page's own (--wsis-scroll-margin). */
    .day [part~='session'],
    .day [part~='session'] :is(a, button) {
      scroll-margin-block-start: calc(var(--_scroll-margin) + var(--_font-size) * 2.5 + var(--_space-xs) * 2);
    }
    .day > .heading {
      font-size: var(--_font-size);
      position: sticky;
      inset-block-start: 0;
      background: var(--_surface);
      padding-block: var(--_space-xs);
      margin: 0;
      border-block-end: 2px solid var(--_accent);
      z-index: 2;
    }
    .details {
      inline-size: min(var(--_details-width), calc(100vw - 16px));
      max-block-size: calc(100vh - 32px);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      padding: var(--_space-m);
    }
    .details::backdrop {
      background: rgb(0 0 0 / 0.45);
    }
    .details-head {
      display: flex;
      gap: var(--_space-s);
      align-items: start;
      justify-content: space-between;
    }
    .details .heading {
      font-size: var(--_font-size-l);
    }
    .close {
      flex: none;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      inline-size: 32px;
      block-size: 32px;
      font-size: 20px;
      line-height: 1;
    }
    .details .when {
      color: var(--_muted);
      font-size: var(--_font-size-s);
    }
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 2px var(--_space-m);
      font-size: var(--_font-size-s);
    }
    .facts dt {
      color: var(--_muted);
    }
    .facts dd {
      margin: 0;
    }
    .people,
    .session-links,
    .description .md-list {
      padding-inline-start: var(--_space-m);
    }
    .description .md-p,
    .description .md-list {
      margin-block: 0 var(--_space-s);
      max-inline-size: 75ch;
    }
    .person {
      font-weight: 600;
    }
    .muted {
      color: var(--_muted);
    }
    .links {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-m);
      list-style: none;
      padding: 0;
    }
    .links a {
      display: inline-flex;
      min-block-size: 24px;
      align-items: center;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-s);
      align-items: center;
      margin-block: var(--_space-m);
    }
    .copy-status {
      font-size: var(--_font-size-s);
      color: var(--_muted);
    }
    .prev-next {
      display: flex;
      justify-content: space-between;
      gap: var(--_space-m);
      border-block-start: 1px solid var(--_border);
      padding-block-start: var(--_space-s);
    }
    .prev-next .link {
      display: grid;
      max-inline-size: 48%;
    }
    .prev-next .next {
      text-align: end;
    }
    .dir {
      font-size: var(--_font-size-s);
      color: var(--_muted);
    }
    @media print {
      .controls,
      .day-nav,
      .details,
      [part~='empty'] button {
        display: none !important;
      }
      .day > .sessions {
        content-visibility: visible;
      }
      .day {
        break-inside: auto;
      }
      /* Tabbing upward scrolls a row clear of its day's sticky heading. */
    .day [part~='session'] {
      scroll-margin-block-start: calc(var(--_font-size) * 2.5 + var(--_space-xs) * 2);
    }
    .day > .heading {
        position: static;
        break-after: avoid;
      }
      .session {
        break-inside: avoid;
      }
      button.open::after,
      .stream {
        display: none;
      }
      .root {
        background: none;
        color: #000;
      }
    }
  `,
];
