import { css } from 'lit';

/** The styles of session rows (src/sessions/session-row.ts). */
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
