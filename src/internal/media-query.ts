import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A media query as reactive state: `matches` is current, and the host re-renders when it
 * changes. Listens only while the host is connected.
 */
export class MediaQueryController implements ReactiveController {
  private list?: MediaQueryList;
  private current = false;
  private readonly onChange = (event: MediaQueryListEvent) => {
    if (event.matches === this.current) return;
    this.current = event.matches;
    this.host.requestUpdate();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    readonly query: string,
  ) {
    host.addController(this);
  }

  /** Whether the query matches now (also before the host is connected). */
  get matches(): boolean {
    return this.list ? this.current : window.matchMedia(this.query).matches;
  }

  hostConnected(): void {
    this.list = window.matchMedia(this.query);
    this.current = this.list.matches;
    this.list.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.list?.removeEventListener('change', this.onChange);
    this.list = undefined;
  }
}

/**
 * `prefers-reduced-motion: reduce` as a controller: an element that animates in script (a
 * count-up, a smooth scroll) checks `.matches` and skips the animation.
 *
 * ```ts
 * private readonly reducedMotion = prefersReducedMotion(this);
 * // …
 * if (this.reducedMotion.matches) showFinalValue(); else animate();
 * ```
 */
export function prefersReducedMotion(host: ReactiveControllerHost): MediaQueryController {
  return new MediaQueryController(host, '(prefers-reduced-motion: reduce)');
}
