import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The "now" of an element: the real clock, re-read every minute while the element is on the
 * page (stopped on disconnect), unless a fixed instant is given (`now` attribute, for previews).
 */
/** The one shared "now" of the elements (src/internal: the schedule and its session rows use it). */
export class ClockController implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;
  private fixed?: number;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly period = 60000,
  ) {
    host.addController(this);
  }

  /** The current time in epoch ms. */
  get now(): number {
    return this.fixed ?? Date.now();
  }

  /** A fixed instant (a DateTime string); invalid or empty goes back to the real clock. */
  setFixed(value: string | null | undefined): void {
    const ms = value ? Date.parse(value) : NaN;
    this.fixed = Number.isFinite(ms) ? ms : undefined;
  }

  hostConnected(): void {
    this.schedule();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    // Tick on the minute, so "Live now" changes when a session starts.
    const wait = this.period - (Date.now() % this.period) + 50;
    this.timer = setTimeout(() => {
      if (this.fixed === undefined) this.host.requestUpdate();
      this.schedule();
    }, wait);
  }
}
