import { css } from 'lit';

/** Styles of <wsis-partner-wall>: per-step logo sizes, the wrapping grid and the scrollable row. */
export const partnerWallStyles = css`
  :host {
    --_logo-height-1: var(--wsis-partner-wall-logo-height-1, 120px);
    --_logo-height-2: var(--wsis-partner-wall-logo-height-2, 96px);
    --_logo-height-3: var(--wsis-partner-wall-logo-height-3, 80px);
    --_logo-height-4: var(--wsis-partner-wall-logo-height-4, 64px);
    --_logo-aspect: var(--wsis-partner-wall-logo-aspect, 2);
    --_logo-background: var(--wsis-partner-wall-logo-background, #ffffff);
    --_gap: var(--wsis-partner-wall-gap, var(--_space-m));
  }

  .step-1 {
    --_logo-height: var(--_logo-height-1);
  }
  .step-2 {
    --_logo-height: var(--_logo-height-2);
  }
  .step-3 {
    --_logo-height: var(--_logo-height-3);
  }
  .step-4 {
    --_logo-height: var(--_logo-height-4);
  }
  .tier {
    --_tile-width: calc(var(--_logo-height) * var(--_logo-aspect));
    min-inline-size: 0;
  }

  /* Room for focus rings: the host's paint containment would clip anything drawn outside it. */
  .wall {
    padding: var(--_space-xs);
  }
  .wall.grid {
    display: grid;
    gap: var(--_space-l);
  }
  a.tile:focus-visible,
  .more:focus-visible {
    outline-offset: 1px;
  }
  .wall.row:focus-visible {
    outline-offset: -3px;
  }

  [part~='tier-heading'] {
    margin: 0 0 var(--_space-s);
    font-size: var(--_font-size-l);
    line-height: 1.3;
    font-weight: 600;
  }
  .step-3 [part~='tier-heading'],
  .step-4 [part~='tier-heading'] {
    font-size: var(--_font-size);
  }

  .partners {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
  }
  .partner {
    flex: 0 1 var(--_tile-width);
    min-inline-size: 0;
    max-inline-size: 100%;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_space-xs);
  }

  /* The box is reserved before the logo arrives: nothing moves while logos load. */
  .tile {
    display: flex;
    align-items: center;
    justify-content: center;
    inline-size: 100%;
    aspect-ratio: var(--_logo-aspect);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_text);
    text-decoration: none;
  }
  .tile.has-logo {
    position: relative;
    overflow: hidden;
    background: var(--_logo-background);
  }
  .logo {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    padding: var(--_space-s);
    object-fit: contain;
  }
  /* A name tile grows (aspect-ratio's automatic minimum) rather than cut a long name. */
  .tile.has-name {
    background: var(--_surface-alt);
    padding: var(--_space-s) var(--_space-xs);
  }
  .name {
    font-weight: 600;
    text-align: center;
    line-height: 1.3;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .step-3 .name,
  .step-4 .name {
    font-size: var(--_font-size-s);
  }
  a.tile:hover {
    border-color: var(--_accent);
  }
  a.tile:hover .name {
    text-decoration: underline;
  }

  .country,
  .description {
    margin: 0;
    font-size: var(--_font-size-s);
  }
  .country {
    color: var(--_muted);
  }
  .more {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    padding: 0 var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    font-size: var(--_font-size-s);
  }
  .more:hover {
    border-color: var(--_accent);
  }
  /*
   * Drawn once, pointing right (the box is laid out left to right), and mirrored in RTL by the
   * shared .icon-directional (it matches by the dir attribute, which this does not change).
   */
  .chevron-box {
    display: inline-flex;
    direction: ltr;
  }
  .chevron {
    inline-size: 6px;
    block-size: 6px;
    border-block-end: 2px solid currentColor;
    border-inline-end: 2px solid currentColor;
    transform: rotate(-45deg);
  }
  .more[aria-expanded='true'] .chevron {
    transform: rotate(45deg);
  }

  /* layout="row": one row that scrolls sideways, by keyboard too (the region is focusable). */
  .wall.row {
    overflow-x: auto;
    overscroll-behavior-inline: contain;
    /* Clear of the region's own (inset) focus ring. */
    padding: var(--_space-s);
  }
  .row .track {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-l);
    inline-size: max-content;
  }
  .row .tier {
    flex: none;
  }
  /* One size of heading, so that every logo of the row starts on the same line. */
  .row [part~='tier-heading'] {
    font-size: var(--_font-size);
    white-space: nowrap;
  }
  .row .partners {
    flex-wrap: nowrap;
  }
  .row .partner {
    flex: none;
    inline-size: var(--_tile-width);
  }

  /* One partner (partner="id"): a card, the logo beside the text, stacked when narrow. */
  .card {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--_space-m);
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    --_tile-width: calc(var(--_logo-height-2) * var(--_logo-aspect));
  }
  .card > .tile {
    flex: 0 1 var(--_tile-width);
  }
  .card-body {
    flex: 1 1 16rem;
    min-inline-size: 0;
    display: grid;
    gap: var(--_space-xs);
  }
  .card-body > * {
    margin: 0;
  }
  [part~='partner-name'] {
    font-size: var(--_font-size-l);
    line-height: 1.3;
  }
  [part~='involvement-heading'] {
    font-size: var(--_font-size);
    margin-block-start: var(--_space-s);
  }
  .standing {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--_space-s);
  }
  .card-tier {
    font-weight: 600;
  }
  .card-event {
    color: var(--_muted);
  }
  .involvement {
    margin: 0;
    padding-inline-start: var(--_space-m);
  }
  .link-button {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-align: start;
  }

  @media (forced-colors: active) {
    .tile,
    .more {
      border-color: CanvasText;
    }
  }
`;
