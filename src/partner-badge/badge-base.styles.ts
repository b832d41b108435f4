import { palette } from '../styles/palette.js';
import { css, sheetOf } from './sheet.js';

/** `--_accent: var(--wsis-color-accent, #0b5cab);` … for each colour of a theme (the focus colour is `--wsis-focus-color`). */
const colors = (theme: keyof typeof palette) =>
  Object.entries(palette[theme])
    .map(([name, value]) =>
      name === 'focus' ? `--_focus-color:var(--wsis-focus-color,${value});` : `--_${name}:var(--wsis-color-${name},${value});`,
    )
    .join('');

/**
 * The part of the shared tokens (src/styles/tokens.ts) and base rules (src/styles/base.ts) that
 * `<wsis-partner-badge>` uses, as one sheet: the badge is the lightest thing we ship, and the
 * shared sheets style every other element's controls too. The colours are made from the shared
 * palette (both themes, `theme="auto"` included, and forced colours); the other token defaults
 * and rules are the shared ones, and test/partner-badge/badge-element.test.ts checks that a
 * badge computes them as every element does.
 */
const text = css`:host{color-scheme:light;${colors('light')}
--_font:var(--wsis-font-family,system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','Noto Sans Arabic','Noto Sans SC',sans-serif);
--_font-size:var(--wsis-font-size,16px);--_font-size-s:var(--wsis-font-size-s,14px);--_line-height:var(--wsis-line-height,1.5);
--_radius:var(--wsis-radius,8px);--_space-xs:var(--wsis-space-xs,4px);--_space-s:var(--wsis-space-s,8px);--_space-m:var(--wsis-space-m,16px);
--_focus:var(--wsis-focus-ring,3px solid var(--_focus-color));--_focus-offset:var(--wsis-focus-offset,2px);
display:block!important;box-sizing:border-box;contain:content}
:host([theme='dark']){color-scheme:dark;${colors('dark')}}
@media (prefers-color-scheme:dark){:host([theme='auto']){color-scheme:dark;${colors('dark')}}}
:host([hidden]),[hidden]{display:none!important}
.root{all:initial;display:block;box-sizing:border-box;font-family:var(--_font);font-size:var(--_font-size);line-height:var(--_line-height);color:var(--_text);background:var(--_surface);text-align:start;overflow-wrap:anywhere}
.root *{box-sizing:border-box}
.visually-hidden{position:absolute!important;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
:focus-visible{outline:var(--_focus);outline-offset:var(--_focus-offset)}
button{font:inherit;color:inherit;min-block-size:24px;min-inline-size:24px;cursor:pointer}
.button{border:1px solid var(--_accent);border-radius:var(--_radius);background:var(--_accent);color:var(--_on-accent);padding:var(--_space-xs) var(--_space-m)}
[part~='loading'],[part~='error'],[part~='empty']{padding:var(--_space-m);border-radius:var(--_radius)}
[part~='loading'],[part~='error'] details,.stale-notice{color:var(--_muted)}
[part~='error'],[part~='empty']{display:grid;gap:var(--_space-s);justify-items:start}
[part~='error']{border:1px solid var(--_danger)}
[part~='error'] .error-title{color:var(--_danger);font-weight:600;margin:0}
[part~='error'] details,.stale-notice{font-size:var(--_font-size-s)}
[part~='empty']{background:var(--_surface-alt)}
.stale-notice{margin:0 0 var(--_space-s)}
@media (forced-colors:active){:host{--_accent:LinkText;--_on-accent:Canvas;--_surface:Canvas;--_surface-alt:Canvas;--_text:CanvasText;--_muted:CanvasText;--_border:CanvasText;--_border-strong:CanvasText;--_danger:CanvasText;--_success:CanvasText;--_focus-color:Highlight}
button,.button{border:1px solid ButtonText}[part~='error'],[part~='empty']{border:1px solid CanvasText}:focus-visible{outline:3px solid Highlight}}`;

/** The badge's tokens and base rules, as one shared sheet. */
export const badgeBaseSheet = (): CSSStyleSheet => sheetOf(text);
