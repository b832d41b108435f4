import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Becomes `seen` the first time the host scrolls into the viewport (IntersectionObserver), then
 * stops observing. Observes only while connected.
 */
export class FirstVisibleController implements ReactiveController {
  seen = false;
  private observer?: IntersectionObserver;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly onSeen: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.seen || this.observer) return;
    this.observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      this.seen = true;
      this.stop();
      this.onSeen();
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.stop();
  }

  private stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
