import type { ReactiveController, ReactiveControllerHost } from 'lit';

interface Tween {
  from: number;
  to: number;
  current: number;
  /** Frame time the count started at; undefined until its first frame. */
  start?: number;
}

export interface CountUpOptions {
  /** Milliseconds a count lasts. */
  duration: () => number;
  /** True when figures must be shown at once (reduced motion). */
  reduced: () => boolean;
}

/** Ease-out cubic: fast at first, settling gently on the final figure. */
export const easeOutCubic = (t: number): number => 1 - (1 - t) ** 3;

/**
 * The figures as they count: each id counts from 0 (or its previous figure) to its target with
 * easing over `duration`, one requestAnimationFrame loop for all of them. Nothing moves before
 * `release()` (the element's first visibility); under reduced motion a figure is set at once.
 * On disconnect the loop stops and every figure settles on its target.
 */
export class CountUpController implements ReactiveController {
  private readonly tweens = new Map<string, Tween>();
  private released = false;
  private connected = false;
  private frame?: number;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: CountUpOptions,
  ) {
    host.addController(this);
  }

  /** Sets the figure `id` counts to. Cheap when nothing changed; call it from `willUpdate`. */
  target(id: string, value: number): void {
    const tween = this.tweens.get(id);
    if (!tween) {
      this.begin(id, { from: 0, to: value, current: 0 });
    } else if (tween.to !== value) {
      this.begin(id, { from: tween.current, to: value, current: tween.current });
    }
  }

  /** The figure to show for `id` now. */
  value(id: string): number | undefined {
    return this.tweens.get(id)?.current;
  }

  /** True while any figure is moving or waiting to move. */
  get moving(): boolean {
    for (const tween of this.tweens.values()) if (tween.current !== tween.to) return true;
    return false;
  }

  /** Lets the counts start (first visibility). */
  release(): void {
    if (this.released) return;
    this.released = true;
    if (this.options.reduced()) this.settle();
    else this.schedule();
  }

  /** Shows every final figure at once and stops the loop. */
  settle(): void {
    for (const tween of this.tweens.values()) {
      tween.current = tween.to;
      tween.start = undefined;
    }
    this.cancel();
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.connected = true;
    if (this.moving && this.released) this.schedule();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.settle();
  }

  private begin(id: string, tween: Tween): void {
    this.tweens.set(id, tween);
    if (this.options.reduced() || this.options.duration() <= 0 || !this.connected) {
      tween.current = tween.to;
      return;
    }
    if (this.released) this.schedule();
  }

  private schedule(): void {
    if (this.frame === undefined && this.connected && this.moving) {
      this.frame = requestAnimationFrame(this.tick);
    }
  }

  private cancel(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }

  private readonly tick = (now: number): void => {
    this.frame = undefined;
    if (this.options.reduced()) {
      this.settle();
      return;
    }
    const duration = Math.max(1, this.options.duration());
    for (const tween of this.tweens.values()) {
      if (tween.current === tween.to) continue;
      tween.start ??= now;
      const progress = Math.min(1, (now - tween.start) / duration);
      tween.current = progress >= 1 ? tween.to : tween.from + (tween.to - tween.from) * easeOutCubic(progress);
      if (progress >= 1) tween.start = undefined;
    }
    this.host.requestUpdate();
    this.schedule();
  };
}
