import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** setTimeout's longest delay (about 24.8 days); a later wake-up is re-armed when it fires. */
const maxDelay = 2 ** 31 - 1;

/**
 * Wakes its host when "now" crosses an instant that changes what it shows (a session ends and
 * moves from upcoming to past). One timer at most, armed while the host is connected only.
 * It may be made during the host's render (the renderer makes one when it first needs it).
 */
export class NowClock implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;
  private connected = false;
  /** False while `addController` runs: a host that is rendering needs no second update. */
  private added = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
    this.added = true;
  }

  hostConnected(): void {
    this.connected = true;
    // Time passed while away: re-render, which re-arms the timer through `wakeAt`.
    if (this.added) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.clear();
  }

  /** Re-render the host at `time` (ms since the epoch); `undefined` cancels. */
  wakeAt(time: number | undefined): void {
    this.clear();
    if (time === undefined || !this.connected) return;
    const delay = Math.max(0, Math.min(maxDelay, time - Date.now() + 50));
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.host.requestUpdate();
    }, delay);
  }

  private clear(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
