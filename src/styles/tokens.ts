import { css } from 'lit';

/**
 * Global design tokens, read once into private `--_*` variables that the rules use.
 * Sizes are in px, not rem: a host page's `html { font-size: 10px }` must not shrink the widget.
 */
export const tokens = css`
  :host {
    --_accent: var(--wsis-color-accent, #0b5cab);
    --_on-accent: var(--wsis-color-on-accent, #ffffff);
    --_surface: var(--wsis-color-surface, #ffffff);
    --_surface-alt: var(--wsis-color-surface-alt, #f3f5f8);
    --_text: var(--wsis-color-text, #1b1f24);
    --_muted: var(--wsis-color-muted, #545d68);
    --_border: var(--wsis-color-border, #c9d1da);
    --_danger: var(--wsis-color-danger, #b3261e);
    --_font: var(--wsis-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans SC', sans-serif);
    --_font-size: var(--wsis-font-size, 16px);
    --_font-size-s: var(--wsis-font-size-s, 14px);
    --_font-size-l: var(--wsis-font-size-l, 20px);
    --_radius: var(--wsis-radius, 8px);
    --_space-xs: var(--wsis-space-xs, 4px);
    --_space-s: var(--wsis-space-s, 8px);
    --_space-m: var(--wsis-space-m, 16px);
    --_space-l: var(--wsis-space-l, 24px);
    --_focus: var(--wsis-focus-ring, 3px solid #1a73e8);
  }

  :host([theme='dark']) {
    --_accent: var(--wsis-color-accent, #8ab4f8);
    --_on-accent: var(--wsis-color-on-accent, #0b1a2e);
    --_surface: var(--wsis-color-surface, #16191d);
    --_surface-alt: var(--wsis-color-surface-alt, #22262c);
    --_text: var(--wsis-color-text, #e8eaed);
    --_muted: var(--wsis-color-muted, #aab2bc);
    --_border: var(--wsis-color-border, #48505a);
    --_danger: var(--wsis-color-danger, #f28b82);
    --_focus: var(--wsis-focus-ring, 3px solid #8ab4f8);
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --_accent: var(--wsis-color-accent, #8ab4f8);
      --_on-accent: var(--wsis-color-on-accent, #0b1a2e);
      --_surface: var(--wsis-color-surface, #16191d);
      --_surface-alt: var(--wsis-color-surface-alt, #22262c);
      --_text: var(--wsis-color-text, #e8eaed);
      --_muted: var(--wsis-color-muted, #aab2bc);
      --_border: var(--wsis-color-border, #48505a);
      --_danger: var(--wsis-color-danger, #f28b82);
      --_focus: var(--wsis-focus-ring, 3px solid #8ab4f8);
    }
  }
`;
