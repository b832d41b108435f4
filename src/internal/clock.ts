import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** setTimeout's longest delay (about 24.8 days); a later wake-up is re-armed when it fires. */
const maxDelay = 2 ** 31 - 1;

export interface ClockOptions {
  /**
   * Re-render the host every `period` ms, on multiples of it (60000: on the minute, so "Live
   * now" changes when a session starts). 0: no ticking, only `wakeAt`.
   */
  period?: number;
  /** Tick only while this holds (checked after each update of the host). Default: always. */
  active?: () => boolean;
  /** false: tick every `period` ms from when ticking starts (one interval), not on multiples of it. */
  align?: boolean;
}

/**
 * The one "now" of the elements: the real clock, or a fixed instant (`now` attribute, for
 * previews and tests). It re-renders its host as time passes — by ticking every `period` ms
 * while `active()` holds, and/or at an instant that changes what the host shows (`wakeAt`) —
 * only while the host is connected: every timer stops on disconnect, and a host that comes
 * back re-renders (time passed while it was away).
 */
export class ClockController implements ReactiveController {
  private tick?: ReturnType<typeof setTimeout>;
  private interval?: ReturnType<typeof setInterval>;
  private wake?: ReturnType<typeof setTimeout>;
  private fixed?: number;
  private connected = false;
  /** False while `addController` runs: a host that is rendering needs no second update. */
  private added = false;
  private readonly period: number;
  private readonly active?: () => boolean;
  private readonly align: boolean;

  constructor(
    private readonly host: ReactiveControllerHost,
    { period = 60000, active, align = true }: ClockOptions = {},
  ) {
    this.period = period;
    this.active = active;
    this.align = align;
    host.addController(this);
    this.added = true;
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

  /** Re-render the host at `time` (ms since the epoch); `undefined` cancels. */
  wakeAt(time: number | undefined): void {
    clearTimeout(this.wake);
    this.wake = undefined;
    if (time === undefined || !this.connected) return;
    const delay = Math.max(0, Math.min(maxDelay, time - Date.now() + 50));
    this.wake = setTimeout(() => {
      this.wake = undefined;
      this.host.requestUpdate();
    }, delay);
  }

  hostConnected(): void {
    this.connected = true;
    this.arm();
    if (this.added) this.host.requestUpdate();
  }

  hostUpdated(): void {
    this.arm();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.arm();
    this.wakeAt(undefined);
  }

  /** Starts or stops the ticking as the host's state says. */
  private arm(): void {
    const run = this.connected && this.period > 0 && (this.active?.() ?? true);
    if (!run) {
      clearTimeout(this.tick);
      clearInterval(this.interval);
      this.tick = this.interval = undefined;
    } else if (!this.align) {
      this.interval ??= setInterval(() => {
        if (this.fixed === undefined) this.host.requestUpdate();
      }, this.period);
    } else if (this.tick === undefined) {
      const wait = this.period - (Date.now() % this.period) + 50;
      this.tick = setTimeout(() => {
        this.tick = undefined;
        if (this.fixed === undefined) this.host.requestUpdate();
        this.arm();
      }, wait);
    }
  }
}
