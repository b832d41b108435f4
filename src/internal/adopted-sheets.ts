import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** An element whose shadow root takes the sheets. */
export type SheetsHost = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Constructable stylesheets an element adopts next to its static styles, by named slot
 * (`sheets.set('track-colors', css)`), in the order the slots were first set. CSP-safe: no
 * `<style>` and no `style` attribute.
 *
 * A slot given new text gets a NEW `CSSStyleSheet`, swapped into `adoptedStyleSheets` in place
 * of the old one: a sheet that is already adopted is never mutated (WebKit keeps stale computed
 * styles when an adopted sheet is changed with `replaceSync`). A slot may also hold a shared
 * sheet (a `CSSResult`'s `styleSheet`), which this never changes either.
 *
 * Writes happen after each update of the host (`hostUpdated`): set slots while deriving state
 * (`willUpdate`) or rendering, which touches no DOM; outside an update, call `requestUpdate()`
 * after. Sheets another piece of code adopts are kept, before ours.
 */
export class AdoptedSheets implements ReactiveController {
  private readonly slots = new Map<string, { text?: string; sheet: CSSStyleSheet }>();
  /** Every sheet this controller has put in the root (current and replaced), to tell them from others. */
  private readonly ours = new WeakSet<CSSStyleSheet>();
  private dirty = false;

  constructor(private readonly host: SheetsHost) {
    host.addController(this);
  }

  /** Puts CSS text (a new sheet when the text changed) or a shared sheet in a slot. */
  set(name: string, content: string | CSSStyleSheet): void {
    const slot = this.slots.get(name);
    if (typeof content === 'string') {
      if (slot?.text === content) return;
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(content);
      this.slots.set(name, { text: content, sheet });
    } else {
      if (slot?.sheet === content) return;
      this.slots.set(name, { sheet: content });
    }
    this.dirty = true;
  }

  /** Empties a slot (its sheet leaves the root). */
  delete(name: string): void {
    if (this.slots.delete(name)) this.dirty = true;
  }

  /** The sheet in a slot (read-only use: tests, debugging). */
  get(name: string): CSSStyleSheet | undefined {
    return this.slots.get(name)?.sheet;
  }

  hostUpdated(): void {
    const root = this.host.renderRoot;
    if (!(root instanceof ShadowRoot)) return;
    const current = root.adoptedStyleSheets;
    const wanted = [...this.slots.values()].map((slot) => slot.sheet);
    // Something else rewrote the list (a view's styles): put ours back even if nothing changed here.
    if (!this.dirty && wanted.every((sheet) => current.includes(sheet))) return;
    this.dirty = false;
    for (const sheet of wanted) this.ours.add(sheet);
    root.adoptedStyleSheets = [...current.filter((sheet) => !this.ours.has(sheet)), ...wanted];
  }
}
