import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The host element's own width (not the window's: a widget lives in sidebars as often as in
 * full pages), through a ResizeObserver that runs while the host is connected. Re-renders the
 * host when the width crosses `threshold`.
 */
export class WidthController implements ReactiveController {
  private observer?: ResizeObserver;
  /** Whether the host is at least `threshold` px wide. */
  wide: boolean;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly threshold: number,
  ) {
    this.wide = host.getBoundingClientRect().width >= threshold;
    host.addController(this);
  }

  hostConnected(): void {
    this.observer ??= new ResizeObserver((entries) => {
      const entry = entries.at(-1);
      if (!entry) return;
      const width = entry.borderBoxSize?.[0]?.inlineSize ?? entry.contentRect.width;
      const wide = width >= this.threshold;
      if (wide !== this.wide) {
        this.wide = wide;
        // Next frame: re-rendering inside the observer's callback would resize the host again
        // within the same frame (a "ResizeObserver loop" error on the page).
        requestAnimationFrame(() => this.host.requestUpdate());
      }
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
