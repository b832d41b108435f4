import type { ReactiveController, ReactiveControllerHost } from 'lit';

const query = '(prefers-reduced-motion: reduce)';

/**
 * Whether figures may move: `false` under `prefers-reduced-motion: reduce` (followed live, a
 * visitor who changes the setting sees the change at once) or when `forceReduced` is set (the
 * element's `motion="reduce"`, and tests). The media query is watched only while connected.
 */
export class MotionController implements ReactiveController {
  /** Set by the host: reduce motion whatever the media query says. */
  forceReduced = false;
  private media?: MediaQueryList;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onChange: (reduced: boolean) => void = () => {},
  ) {
    host.addController(this);
  }

  /** True when figures must not animate. */
  get reduced(): boolean {
    return this.forceReduced || (this.media ?? matchMedia(query)).matches;
  }

  hostConnected(): void {
    this.media = matchMedia(query);
    this.media.addEventListener('change', this.changed);
  }

  hostDisconnected(): void {
    this.media?.removeEventListener('change', this.changed);
    this.media = undefined;
  }

  private readonly changed = (): void => {
    this.onChange(this.reduced);
    this.host.requestUpdate();
  };
}
