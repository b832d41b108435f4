import { html, LitElement, nothing, render, type CSSResultGroup, type CSSResultOrNative, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { reportFeedError } from '../events/feed-events.js';
import { FeedError } from '../feed/errors.js';
import type { Feed } from '../feed/types.js';
import { commonMessages } from '../i18n/common/index.js';
import type { CommonMessages } from '../i18n/common/en.js';
import type { Catalog } from '../i18n/catalog.js';
import type { ErrorMessages } from '../i18n/errors/index.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { keepFocus } from './focus.js';
import { baseStyles } from '../styles/base.js';
import { AdoptedSheets } from './adopted-sheets.js';
import type { LazyModule } from './lazy-module.js';
import { tokens } from '../styles/tokens.js';

export type Theme = 'light' | 'dark' | 'auto';

/** An element's feed as the base shows it: whichever reader fills it (feed/controller.ts, or the badge's). */
export interface FeedState {
  /** The last document read well; kept when a later read fails. */
  readonly feed?: Feed;
  /** Why the last read failed, if it did (with `feed` still set when a re-read failed). */
  readonly error?: FeedError;
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  /** Reads the document again (the error state's Retry button). */
  retry(): void;
}

/**
 * The lightest base of every element: the shared attributes, the loading / error / empty states
 * of its feed, the language, the view's styles, and a guard that keeps any exception inside the
 * element. It reads no feed itself: WsisElement (wsis-element.ts) adds the page's shared feed
 * loader, and `<wsis-partner-badge>` its own lighter reader (the badge's entry stays small).
 * The custom properties and parts below are defined here and inherited by every element in
 * custom-elements.json (docs/languages-and-theming.md lists them with the dark defaults).
 *
 * @fires wsis-load - A feed document was read: `detail: {feed, warnings}`.
 * @fires wsis-error - No document could be read, or a re-read failed: `detail: {kind, message, status?}`.
 *
 * @csspart root - The box around everything, with the element's `lang` and `dir`.
 * @csspart loading - The loading state (`role="status"`).
 * @csspart error - The error state (`role="alert"`).
 * @csspart retry - The error state's retry button.
 * @csspart empty - The empty state (`role="status"`).
 *
 * @cssprop [--wsis-color-accent=#0b5cab] - Links, buttons, selected filters (dark: #8ab4f8).
 * @cssprop [--wsis-color-on-accent=#ffffff] - Text on the accent (dark: #0b1a2e).
 * @cssprop [--wsis-color-surface=#ffffff] - Background (dark: #16191d).
 * @cssprop [--wsis-color-surface-alt=#f3f5f8] - Cards, rows, the empty state (dark: #22262c).
 * @cssprop [--wsis-color-text=#1b1f24] - Body text (dark: #e8eaed).
 * @cssprop [--wsis-color-muted=#545d68] - Secondary text (dark: #aab2bc).
 * @cssprop [--wsis-color-border=#c9d1da] - Decorative separators (dark: #48505a).
 * @cssprop [--wsis-color-border-strong=#6b7480] - Edges of controls (dark: #8a939e).
 * @cssprop [--wsis-color-danger=#b3261e] - Errors, cancelled (dark: #f28b82).
 * @cssprop [--wsis-color-success=#1e7a34] - Live now, confirmations (dark: #81c995).
 * @cssprop [--wsis-focus-color=#1a73e8] - Focus ring colour (dark: #8ab4f8).
 * @cssprop [--wsis-focus-ring=3px solid var(--wsis-focus-color)] - The whole focus outline.
 * @cssprop [--wsis-focus-offset=2px] - Gap between a control and its focus ring.
 * @cssprop [--wsis-font-family=system-ui, sans-serif] - All text.
 * @cssprop [--wsis-font-size-xs=12px] - Badges.
 * @cssprop [--wsis-font-size-s=14px] - Secondary text.
 * @cssprop [--wsis-font-size=16px] - Body text.
 * @cssprop [--wsis-font-size-l=20px] - Headings.
 * @cssprop [--wsis-font-size-xl=28px] - Big figures.
 * @cssprop [--wsis-line-height=1.5] - Body text line height.
 * @cssprop [--wsis-radius=8px] - Corners.
 * @cssprop [--wsis-space-xs=4px] - Spacing scale.
 * @cssprop [--wsis-space-s=8px] - Spacing scale.
 * @cssprop [--wsis-space-m=16px] - Spacing scale.
 * @cssprop [--wsis-space-l=24px] - Spacing scale.
 * @cssprop [--wsis-space-xl=40px] - Spacing scale.
 * @cssprop [--wsis-scroll-margin=0px] - Space kept above a focused item (a sticky header's height).
 * @cssprop [--wsis-duration=200ms] - Transition length; 0s under reduced motion.
 */
export abstract class WsisBase extends LitElement {
  static override styles = [tokens, baseStyles];

  /** URL of a feed (feed-v1). Elements naming the same URL share one request. */
  @property() src?: string;

  /**
   * An already parsed feed object; wins over `src`. Typed `Feed`; whatever is given at run time is
   * still read and checked like a downloaded document.
   */
  @property({ attribute: false }) feed?: Feed;

  /**
   * UI and content language (BCP 47); default: the nearest ancestor's `lang`, then the document's.
   * `ar`, `en`, `es`, `fr`, `ru`, `zh` have built-in strings (`fr-CH` → French strings, Swiss
   * numbers); any other language gives English. Changing it (or an ancestor's) re-renders.
   */
  @property({ reflect: true }) override lang!: string;

  /** Seconds between background re-reads of `src`. */
  @property({ type: Number }) refresh?: number;

  /** Level (2–6) of the element's top headings. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** `light`, `dark` or `auto` (follows `prefers-color-scheme`); anything else is `light`. */
  @property({ reflect: true }) theme: Theme = 'light';

  // Public but @internal: the schedule's parts (separate controllers) read them through ScheduleHost.
  /** @internal The feed and its state. */
  abstract readonly feedState: FeedState;
  /** @internal */
  readonly locale = new LocaleController(this);
  /** @internal Constructable stylesheets by named slot: the view's styles (`view-*`) and any the element makes. */
  readonly sheets = new AdoptedSheets(this);

  /**
   * The element's view code when it has one (see element-view.ts): until it is here, a document
   * that was read shows as loading; if it cannot be loaded, the error state retries it.
   */
  protected viewCode?: LazyModule<{ readonly styles: CSSResultGroup }>;

  override connectedCallback(): void {
    super.connectedCallback();
    // Fetched in parallel with the feed.
    this.viewCode?.request();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const styles = this.viewCode?.module?.styles;
    if (styles) {
      const flat = [styles].flat(Infinity as 1) as CSSResultOrNative[];
      flat.forEach((style, i) => this.sheets.set(`view-${i}`, style instanceof CSSStyleSheet ? style : style.styleSheet!));
    }
  }

  /** Renders the element's content for a document that was read (once its view, if any, is here). */
  protected renderFeed(_feed: Feed): unknown {
    return nothing;
  }

  override render(): TemplateResult {
    return html`<div class="root" part="root" tabindex="-1" lang=${this.locale.locale} dir=${this.locale.dir}>
      ${this.renderState()}${this.renderAfterState()}
    </div>`;
  }

  /** What the root holds after the state (WsisElement: its live region). */
  protected renderAfterState(): unknown {
    return nothing;
  }

  private renderState(): unknown {
    const state = this.feedState;
    const common = this.locale.messages(commonMessages);
    const code = this.viewCode;
    if (code?.status === 'error') return this.renderError(new FeedError('network', code.failure ?? ''), 'code');
    if (state.feed && (!code || code.status === 'ready')) {
      return html`${state.error
        ? html`<p class="stale-notice" role="status" lang=${ifDefined(this.inEnglish('staleNotice'))}>${common.staleNotice}</p>`
        : nothing}${this.renderFeed(state.feed)}`;
    }
    if (state.status === 'error' && state.error) return this.renderError(state.error);
    return html`<div part="loading" role="status" aria-live="polite" lang=${ifDefined(this.inEnglish('loading'))}>
      ${common.loading}
    </div>`;
  }

  /** Whether the last render showed the error state (its explanations then load, see `updated`). */
  private errorShown = false;
  /** What went wrong, in every language: loaded with the first error state (errors are rare). */
  private errorTexts?: Catalog<ErrorMessages>;
  private errorTextsRequested = false;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.errorShown || this.errorTextsRequested) return;
    this.errorTextsRequested = true;
    // If the chunk cannot be fetched (offline) the state keeps its title and technical message.
    import('../i18n/errors/index.js').then(
      ({ errorMessages }) => {
        this.errorTexts = errorMessages;
        this.requestUpdate();
      },
      () => undefined,
    );
  }

  /** `'en'` when the shared string `key` shows in English in a page of another language (for `lang`). */
  private inEnglish(key: keyof CommonMessages): 'en' | undefined {
    return this.locale.englishFallback(commonMessages, key);
  }

  /**
   * The error state: what went wrong in the element's language, then the technical message for
   * the site's web team, which is English (`lang="en"`, left to right) in every language.
   */
  private renderError(error: FeedError, kind: FeedError['kind'] | 'code' = error.kind): TemplateResult {
    const common = this.locale.messages(commonMessages);
    this.errorShown = true;
    const errors = this.errorTexts;
    let explained: unknown = nothing;
    if (errors) {
      const m = this.locale.messages(errors);
      explained = html`<p class="error-explained" lang=${ifDefined(this.locale.englishFallback(errors, kind))}>
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

  /** Retry reads the feed again, and fetches the view code again if that was what failed. */
  private readonly retry = () => {
    this.viewCode?.retry();
    this.feedState.retry();
    // The Retry button goes with the error state: focus stays in the element (its box, or Retry again).
    void keepFocus(this, ['[part="retry"]', '.root']);
  };

  /** @internal The `empty` state: a message and, when filters caused it, a way back. */
  renderEmpty(message?: string, action?: TemplateResult): TemplateResult {
    const common = this.locale.messages(commonMessages);
    return html`<div part="empty" role="status">
      <p lang=${ifDefined(message === undefined ? this.inEnglish('empty') : undefined)}>${message ?? common.empty}</p>
      ${action ?? nothing}
    </div>`;
  }

  /**
   * No exception may reach the host page, whatever the feed holds: if deriving or rendering
   * fails, show the error state and report it, instead of throwing from Lit's update.
   */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (error) {
      const failure = new FeedError(
        'schema',
        `The feed could not be shown: ${error instanceof Error ? error.message : String(error)}`,
      );
      console.error('wsis-widgets:', error);
      render(
        html`<div class="root" part="root" lang=${this.locale.locale} dir=${this.locale.dir}>
          ${this.renderError(failure)}
        </div>`,
        this.renderRoot as HTMLElement,
      );
      reportFeedError(this, { kind: failure.kind, message: failure.message });
    }
  }
}
