import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing, type TemplateResult } from 'lit/html.js';
import { FeedError } from '../feed/errors.js';
import type { Feed } from '../feed/types.js';
import type { Catalog } from '../i18n/catalog.js';
import { commonMessages } from '../i18n/common/index.js';
import type { CommonMessages } from '../i18n/common/en.js';
import type { ErrorMessages } from '../i18n/errors/index.js';
import type { LocaleController } from '../i18n/locale-controller.js';

/** An element's feed as the states show it: whichever reader fills it (feed/controller.ts, or the badge's). */
export interface FeedState {
  /** The last document read well; kept when a later read fails. */
  readonly feed?: Feed;
  /** Why the last read failed, if it did (with `feed` still set when a re-read failed). */
  readonly error?: FeedError;
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  /** Reads the document again (the error state's Retry button). */
  retry(): void;
}

/** What the states need of the element's view code, when it loads some (lazy-module.ts). */
export interface ViewCodeState {
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  readonly failure?: string;
}

export interface StatesHost extends ReactiveControllerHost {
  readonly locale: LocaleController;
}

/**
 * The loading, error and empty states every element shows (WsisBase's, and the partner badge's
 * lighter element's), in the element's language. Written with lit-html alone (not the `lit`
 * index), so that an element without LitElement can use them. The error state's explanations
 * load with the first error state shown (errors are rare: they stay out of the first download).
 */
export class FeedStates implements ReactiveController {
  /** Whether the last render showed the error state (its explanations then load, see `hostUpdated`). */
  private errorShown = false;
  /** What went wrong, in every language: loaded with the first error state. */
  private errorTexts?: Catalog<ErrorMessages>;
  private errorTextsRequested = false;

  constructor(
    private readonly host: StatesHost,
    /** What the Retry button does. */
    private readonly retry: () => void,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.errorShown || this.errorTextsRequested) return;
    this.errorTextsRequested = true;
    // If the chunk cannot be fetched (offline) the state keeps its title and technical message.
    import('../i18n/errors/index.js').then(
      ({ errorMessages }) => {
        this.errorTexts = errorMessages;
        this.host.requestUpdate();
      },
      () => undefined,
    );
  }

  /** `'en'` when the shared string `key` shows in English in a page of another language (for `lang`). */
  private inEnglish(key: keyof CommonMessages): 'en' | undefined {
    return this.host.locale.englishFallback(commonMessages, key);
  }

  /**
   * The state of a feed: its content (`content(feed)`, once the view `code`, if any, is here, with
   * a notice when a re-read failed), else the error state, else loading.
   */
  render(state: FeedState, code: ViewCodeState | undefined, content: (feed: Feed) => unknown): unknown {
    const common = this.host.locale.messages(commonMessages);
    if (code?.status === 'error') return this.error(new FeedError('network', code.failure ?? ''), 'code');
    if (state.feed && (!code || code.status === 'ready')) {
      return html`${state.error
        ? html`<p class="stale-notice" role="status" lang=${ifDefined(this.inEnglish('staleNotice'))}>${common.staleNotice}</p>`
        : nothing}${content(state.feed)}`;
    }
    if (state.status === 'error' && state.error) return this.error(state.error);
    return html`<div part="loading" role="status" aria-live="polite" lang=${ifDefined(this.inEnglish('loading'))}>
      ${common.loading}
    </div>`;
  }

  /**
   * The error state: what went wrong in the element's language, then the technical message for
   * the site's web team, which is English (`lang="en"`, left to right) in every language.
   */
  error(error: FeedError, kind: FeedError['kind'] | 'code' = error.kind): TemplateResult {
    const locale = this.host.locale;
    const common = locale.messages(commonMessages);
    this.errorShown = true;
    const errors = this.errorTexts;
    let explained: unknown = nothing;
    if (errors) {
      const m = locale.messages(errors);
      explained = html`<p class="error-explained" lang=${ifDefined(locale.englishFallback(errors, kind))}>
        ${kind === 'http' ? m.http(String(error.status ?? '')) : m[kind]}
      </p>`;
    }
    return html`<div part="error" role="alert">
      <p class="error-title" lang=${ifDefined(this.inEnglish('errorTitle'))}>${common.errorTitle}</p>
      <details>
        <summary lang=${ifDefined(this.inEnglish('errorDetails'))}>${common.errorDetails}</summary>
        ${explained}
        ${error.message ? html`<p class="error-message" lang="en" dir="ltr">${error.message}</p>` : nothing}
      </details>
      <button class="button" part="retry" type="button" lang=${ifDefined(this.inEnglish('retry'))} @click=${this.retry}>
        ${common.retry}
      </button>
    </div>`;
  }

  /** The `empty` state: a message (default: the shared "Nothing to show") and, when filters caused it, a way back. */
  empty(message?: string, action?: TemplateResult): TemplateResult {
    const common = this.host.locale.messages(commonMessages);
    return html`<div part="empty" role="status">
      <p lang=${ifDefined(message === undefined ? this.inEnglish('empty') : undefined)}>${message ?? common.empty}</p>
      ${action ?? nothing}
    </div>`;
  }
}
