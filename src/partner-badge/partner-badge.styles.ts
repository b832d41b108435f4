import { css } from './sheet.js';

/**
 * Styles of <wsis-partner-badge>: 200 × 100 px by default (its width, half as tall); everything
 * inside is sized in container units, so a wider badge scales up as a whole. The width is set
 * only through `--wsis-partner-badge-width` (!important: a page's `* { all: revert }` or `width`
 * rules must not blow a footer badge up to the page's width; `all` leaves custom properties be).
 * Plain CSS text, made into one shared sheet by the view (no `css` tag: the badge loads no more of
 * Lit than lit-html).
 */
export const partnerBadgeStyles = css`
  :host {
    inline-size: var(--wsis-partner-badge-width, 200px) !important;
    max-inline-size: 100% !important;
    --_badge-background: var(--wsis-partner-badge-background, var(--_surface));
    --_badge-border: var(--wsis-partner-badge-border-color, var(--_border-strong));
    --_logo-background: var(--wsis-partner-badge-logo-background, #ffffff);
  }
  .root {
    container-type: inline-size;
  }
  .badge {
    display: flex;
    align-items: center;
    gap: 3cqi;
    min-block-size: 50cqi;
    padding: 3cqi 4cqi;
    border: max(1px, 0.5cqi) solid var(--_badge-border);
    border-radius: var(--_radius);
    background: var(--_badge-background);
    color: var(--_text);
    text-decoration: none;
    line-height: 1.2;
    font-size: clamp(10px, 5.5cqi, 48px);
    overflow-wrap: anywhere;
  }
  .badge.vertical {
    flex-direction: column;
    justify-content: center;
    text-align: center;
    gap: 1.5cqi;
    padding-block: 2.5cqi;
    font-size: clamp(10px, 5cqi, 44px);
    line-height: 1.15;
  }
  a.badge:hover .event {
    text-decoration: underline;
  }
  .logo {
    flex: none;
    inline-size: 24cqi;
    block-size: 24cqi;
    object-fit: contain;
    background: var(--_logo-background);
    border-radius: calc(var(--_radius) / 2);
  }
  .vertical .logo {
    inline-size: 50cqi;
    block-size: 14cqi;
  }
  .text {
    display: grid;
    min-inline-size: 0;
  }
  .tier {
    font-weight: 700;
    color: var(--_accent);
  }
  .event {
    font-weight: 600;
  }
  .dates {
    color: var(--_muted);
    font-size: 0.85em;
  }
  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
    }
  }
`;
