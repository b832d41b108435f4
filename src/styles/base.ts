import { css } from 'lit';

/**
 * What every element shares: a host that page CSS cannot reshape, the root box, the loading,
 * error and empty states, buttons and focus. (Comments stay out of the css`` text: they would ship.)
 *
 * - `.icon-directional`: a glyph that points a way (arrow, chevron for next/back) is mirrored in
 *   right-to-left text. `:dir()` follows the nearest `dir` or language direction, also an inner
 *   `dir="ltr"` island; every browser of the build target supports it.
 * - Reduced motion: no animation, transition or smooth scroll (and `--_duration` is 0s).
 * - Forced colours (Windows high contrast) drop backgrounds and box shadows: every control keeps
 *   a border, the focus ring stays an outline, and a state shown by colour alone (pressed,
 *   selected, current) gets the system highlight.
 * - Feed text may hold a word of any length (a 600-character partner name): the root breaks it
 *   anywhere (`overflow-wrap: anywhere`, which also lets grid and flex items shrink below it),
 *   so no element grows wider than its box.
 * - Focusable things keep `--wsis-scroll-margin` clear above them when scrolled into view, so a
 *   host page's sticky header does not hide the focus.
 */
export const baseStyles = css`
  :host {
    display: block !important;
    box-sizing: border-box;
    contain: content;
  }
  :host([hidden]) {
    display: none !important;
  }
  .root {
    all: initial;
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_text);
    background: var(--_surface);
    text-align: start;
    overflow-wrap: anywhere;
  }
  .root *,
  .root *::before,
  .root *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: var(--_focus-offset);
  }
  a,
  button,
  input,
  select,
  textarea,
  summary,
  [tabindex] {
    scroll-margin-block: var(--_scroll-margin) var(--_space-s);
  }
  button {
    font: inherit;
    color: inherit;
    min-block-size: 24px;
    min-inline-size: 24px;
    cursor: pointer;
  }
  .button {
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    padding: var(--_space-xs) var(--_space-m);
  }
  a {
    color: var(--_accent);
  }
  [part~='loading'],
  [part~='error'],
  [part~='empty'] {
    padding: var(--_space-m);
    border-radius: var(--_radius);
  }
  [part~='loading'] {
    color: var(--_muted);
  }
  [part~='error'] {
    border: 1px solid var(--_danger);
    display: grid;
    gap: var(--_space-s);
    justify-items: start;
  }
  [part~='error'] .error-title {
    color: var(--_danger);
    font-weight: 600;
    margin: 0;
  }
  [part~='error'] details {
    color: var(--_muted);
    font-size: var(--_font-size-s);
  }
  [part~='empty'] {
    background: var(--_surface-alt);
    display: grid;
    gap: var(--_space-s);
    justify-items: start;
  }
  .stale-notice {
    color: var(--_muted);
    font-size: var(--_font-size-s);
    margin: 0 0 var(--_space-s);
  }
  .icon-directional:dir(rtl) {
    transform: scaleX(-1);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    .button,
    button,
    input,
    select,
    textarea {
      border: 1px solid ButtonText;
    }
    :focus-visible {
      outline: 3px solid Highlight;
    }
    [aria-pressed='true'],
    [aria-selected='true'],
    [aria-current]:not([aria-current='false']) {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    [part~='error'],
    [part~='empty'] {
      border: 1px solid CanvasText;
    }
  }
`;
