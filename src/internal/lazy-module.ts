import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { reportFeedError } from '../events/feed-events.js';

export type LazyStatus = 'idle' | 'loading' | 'ready' | 'error';

/** What a failed load shows: the words of the element's error state. */
export interface LazyFailureMessages {
  errorTitle: string;
  retry: string;
}

/**
 * A module an element fetches on demand (`import()`), loaded once per element:
 * - `request()` starts the load; calls while it is in flight share it, calls once loaded do nothing;
 * - a failure is kept (`status === 'error'`), reported once on the host as `wsis-error` with
 *   `kind: 'code'`, and not retried by itself: `retry()` (the button `renderFailure` shows) does;
 * - the host re-renders when the load settles.
 * Start loads from event handlers or `updated`, never from `willUpdate`.
 */
export class LazyModule<M> implements ReactiveController {
  private loaded?: M;
  private pending?: Promise<void>;
  private failed = false;
  private reason?: string;

  /** `what` names the code in the error message (`the session details`). */
  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly what: string,
    /** The `import()`; a module given synchronously (already here) is ready at once. */
    private readonly load: () => M | Promise<M>,
  ) {
    host.addController(this);
  }

  /** The module, once loaded. */
  get module(): M | undefined {
    return this.loaded;
  }

  /** The error message of a failed load (`The code of … could not be loaded (…)`). */
  get failure(): string | undefined {
    return this.failed ? this.reason : undefined;
  }

  get status(): LazyStatus {
    return this.loaded ? 'ready' : this.pending ? 'loading' : this.failed ? 'error' : 'idle';
  }

  /** Starts the load unless the module is here, on its way, or failed (a failure waits for `retry`). */
  request(): void {
    if (this.status === 'idle') this.start();
  }

  /** Loads again after a failure. */
  readonly retry = (): void => {
    if (this.status !== 'error') return;
    this.failed = false;
    this.start();
    this.host.requestUpdate();
  };

  hostConnected(): void {}

  /** The failure as an alert with a retry button; nothing unless the load failed. */
  renderFailure(m: LazyFailureMessages): TemplateResult | typeof nothing {
    if (!this.failed) return nothing;
    return html`<div class="lazy-error" role="alert">
      <p>${m.errorTitle}</p>
      <button class="button" part="retry" type="button" @click=${this.retry}>${m.retry}</button>
    </div>`;
  }

  private start(): void {
    let result: M | Promise<M>;
    try {
      result = this.load();
    } catch (error) {
      result = Promise.reject(error);
    }
    if (!(result instanceof Promise)) {
      this.loaded = result;
      return;
    }
    this.pending = result.then(
      (module) => {
        this.loaded = module;
      },
      (error: unknown) => {
        this.failed = true;
        const reason = error instanceof Error ? ` (${error.message})` : '';
        this.reason = `The code of ${this.what} could not be loaded${reason}.`;
        reportFeedError(this.host, { kind: 'code', message: this.reason });
      },
    );
    void this.pending.finally(() => {
      this.pending = undefined;
      this.host.requestUpdate();
    });
  }
}
