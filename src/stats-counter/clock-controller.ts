import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Re-renders the host every `period` ms while `active()` holds and the host is connected (the
 * "updated 2 minutes ago" line). Checked after each update, so it starts and stops with the
 * attribute that shows the line.
 */
export class ClockController implements ReactiveController {
  private timer?: number;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly period: number,
    private readonly active: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
  }

  hostUpdated(): void {
    const run = this.connected && this.active();
    if (run && this.timer === undefined) {
      this.timer = window.setInterval(() => this.host.requestUpdate(), this.period);
    } else if (!run) {
      this.stop();
    }
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stop();
  }

  private stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }
}
