import { css } from 'lit';

/** Styles of `<wsis-special-tracks>`: a grid of cards with the track's colour as a stripe. */
export const specialTracksStyles = css`
  :host {
    --_card-min: var(--wsis-special-tracks-card-min-width, 280px);
    --_gap: var(--wsis-special-tracks-gap, var(--_space-m));
    --_stripe: var(--wsis-special-tracks-stripe-width, 6px);
  }
  .tracks {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--_card-min)), 1fr));
    align-items: start;
  }
  .track-card {
    display: grid;
    gap: var(--_space-s);
    align-content: start;
    padding: var(--_space-m);
    padding-inline-start: calc(var(--_space-m) + var(--_stripe));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    position: relative;
    overflow: hidden;
    min-inline-size: 0;
  }
  /* The track's colour (set through the CSSOM once validated), as a stripe on the start side. */
  .track-card::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    inline-size: var(--_stripe);
    background: var(--_track-color, var(--_accent));
  }
  .track-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_space-xs) var(--_space-s);
  }
  .heading {
    margin: 0;
    font-size: var(--_font-size-l);
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .track-sessions .heading {
    font-size: var(--_font-size);
  }
  .status-badge {
    display: inline-block;
    padding: 0 var(--_space-s);
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: var(--_font-size-s);
    font-weight: 600;
    white-space: nowrap;
    color: var(--_text);
    background: var(--_surface-alt);
  }
  .track-card[data-status='new'] .status-badge {
    color: var(--_on-accent);
    background: var(--_accent);
    border-color: var(--_accent);
  }
  .track-card[data-status='concluded'] .status-badge {
    color: var(--_muted);
    border-style: dashed;
  }
  .description {
    max-inline-size: 75ch;
  }
  .description p {
    margin: 0 0 var(--_space-s);
  }
  .description .md-list {
    margin: 0 0 var(--_space-s);
    padding-inline-start: var(--_space-m);
  }
  .description p:last-child,
  .description .md-list:last-child {
    margin-block-end: 0;
  }
  .facts {
    list-style: none;
    margin: 0;
    padding: 0;
    color: var(--_muted);
    font-size: var(--_font-size-s);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s) var(--_space-m);
  }
  .actions a {
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
  }
  .track-sessions {
    display: grid;
    gap: var(--_space-s);
    border-block-start: 1px solid var(--_border);
    padding-block-start: var(--_space-s);
    /* The schedule's row lays itself out in two columns when its container is wide. */
    container-type: inline-size;
  }
  .days {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-s);
  }
  .day-label {
    margin: 0;
    padding-block-end: var(--_space-xs);
    border-block-end: 1px solid var(--_border);
    font-weight: 600;
    font-size: var(--_font-size-s);
  }
  .none {
    margin: 0;
    color: var(--_muted);
  }
  details summary {
    cursor: pointer;
    min-block-size: 24px;
    padding-block: 2px;
    color: var(--_accent);
  }
  details[open] summary {
    margin-block-end: var(--_space-s);
  }
  @media (forced-colors: active) {
    .track-card::before {
      background: CanvasText;
    }
  }
`;
