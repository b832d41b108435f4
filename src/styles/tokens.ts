import { css } from 'lit';

export { palette } from './palette.js';

/** The dark palette, for `theme="dark"` and for `theme="auto"` on a dark system. */
const darkPalette = css`
    color-scheme: dark;
    --_accent: var(--wsis-color-accent, #8ab4f8);
    --_on-accent: var(--wsis-color-on-accent, #0b1a2e);
    --_surface: var(--wsis-color-surface, #16191d);
    --_surface-alt: var(--wsis-color-surface-alt, #22262c);
    --_text: var(--wsis-color-text, #e8eaed);
    --_muted: var(--wsis-color-muted, #aab2bc);
    --_border: var(--wsis-color-border, #48505a);
    --_border-strong: var(--wsis-color-border-strong, #8a939e);
    --_danger: var(--wsis-color-danger, #f28b82);
    --_success: var(--wsis-color-success, #81c995);
    --_focus-color: var(--wsis-focus-color, #8ab4f8);
`;

/**
 * Global design tokens, read once into private `--_*` variables that the rules use.
 * A page sets `--wsis-*` on the element (or any ancestor) to restyle every widget; the private
 * names are internal. Sizes are in px, not rem: a host page's `html { font-size: 10px }` must not
 * shrink the widget. The dark theme is one block used twice, for theme="dark" and for
 * theme="auto" in a dark OS setting (test/styles/theme.test.ts checks both against `palette`);
 * it reads the same `--wsis-color-*` names, so a page that themes its own dark mode sets them
 * under its own dark selector.
 *
 * `--_focus` is a ring of `--_focus-color` unless `--wsis-focus-ring` gives the whole outline;
 * `--_scroll-margin` keeps a focused item clear of the host page's sticky header; `--_duration`
 * is 0s under prefers-reduced-motion. Under forced colours (Windows high contrast) the colour
 * tokens become system colours, so that parts that opt out of forcing (forced-color-adjust: none)
 * still match the user's palette. Every token is listed in docs/languages-and-theming.md.
 */
export const tokens = css`
  :host {
    color-scheme: light;
    --_accent: var(--wsis-color-accent, #0b5cab);
    --_on-accent: var(--wsis-color-on-accent, #ffffff);
    --_surface: var(--wsis-color-surface, #ffffff);
    --_surface-alt: var(--wsis-color-surface-alt, #f3f5f8);
    --_text: var(--wsis-color-text, #1b1f24);
    --_muted: var(--wsis-color-muted, #545d68);
    --_border: var(--wsis-color-border, #c9d1da);
    --_border-strong: var(--wsis-color-border-strong, #6b7480);
    --_danger: var(--wsis-color-danger, #b3261e);
    --_success: var(--wsis-color-success, #1e7a34);
    --_focus-color: var(--wsis-focus-color, #1a73e8);
    --_font: var(
      --wsis-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      'Noto Sans Arabic',
      'Noto Sans SC',
      sans-serif
    );
    --_font-size-xs: var(--wsis-font-size-xs, 12px);
    --_font-size-s: var(--wsis-font-size-s, 14px);
    --_font-size: var(--wsis-font-size, 16px);
    --_font-size-l: var(--wsis-font-size-l, 20px);
    --_font-size-xl: var(--wsis-font-size-xl, 28px);
    --_line-height: var(--wsis-line-height, 1.5);
    --_radius: var(--wsis-radius, 8px);
    --_space-xs: var(--wsis-space-xs, 4px);
    --_space-s: var(--wsis-space-s, 8px);
    --_space-m: var(--wsis-space-m, 16px);
    --_space-l: var(--wsis-space-l, 24px);
    --_space-xl: var(--wsis-space-xl, 40px);
    --_focus: var(--wsis-focus-ring, 3px solid var(--_focus-color));
    --_focus-offset: var(--wsis-focus-offset, 2px);
    --_scroll-margin: var(--wsis-scroll-margin, 0px);
    --_duration: var(--wsis-duration, 200ms);
  }

  :host([theme='dark']) {
    ${darkPalette}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkPalette}
    }
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0s;
    }
  }

  @media (forced-colors: active) {
    :host {
      --_accent: LinkText;
      --_on-accent: Canvas;
      --_surface: Canvas;
      --_surface-alt: Canvas;
      --_text: CanvasText;
      --_muted: CanvasText;
      --_border: CanvasText;
      --_border-strong: CanvasText;
      --_danger: CanvasText;
      --_success: CanvasText;
      --_focus-color: Highlight;
    }
  }
`;
