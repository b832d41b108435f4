import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * A polite live region for the results of a visitor's action ("12 sessions found"): the host
 * renders `announcer.region()` once (the base element does it inside its root, so the region has
 * the element's `lang`), and calls `announce(text)`. Calls within `delay` ms are merged: only the
 * last one is spoken, so typing in a search box does not flood a screen reader. The same text
 * announced twice is spoken twice. Nothing runs after the host leaves the page.
 */
export class Announcer implements ReactiveController {
  /** What the region holds now. */
  message = '';
  private timer?: ReturnType<typeof setTimeout>;
  private pending?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    readonly delay = 500,
  ) {
    host.addController(this);
  }

  /** Says `text` after `delay` ms of quiet, unless another announcement replaces it first. */
  announce(text: string): void {
    this.pending = text;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.delay);
  }

  /** Empties the region and drops a pending announcement. */
  clear(): void {
    clearTimeout(this.timer);
    this.pending = undefined;
    this.set('');
  }

  private flush(): void {
    const text = this.pending ?? '';
    this.pending = undefined;
    if (text === this.message && text) {
      // A live region speaks changes only: empty it, then set the text again on the next frame.
      this.set('');
      this.timer = setTimeout(() => this.set(text), 50);
    } else {
      this.set(text);
    }
  }

  private set(text: string): void {
    if (text === this.message) return;
    this.message = text;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.pending = undefined;
  }

  /** The live region; render it once, and always (it must exist before it changes). */
  region(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.message}</div>`;
  }
}
