/**
 * CSS as plain text (`String.raw`): the build shrinks css`` templates (scripts/build/minify-literals.mjs),
 * and the badge takes no CSSResult from Lit, whose `css` would load all of Lit's element code.
 */
export const css = String.raw;

const sheets = new Map<string, CSSStyleSheet>();

/** One constructable sheet per text for the whole page, made on first use (there is none outside a browser). */
export function sheetOf(text: string): CSSStyleSheet {
  let sheet = sheets.get(text);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    sheets.set(text, sheet);
  }
  return sheet;
}
