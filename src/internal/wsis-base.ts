import { html, LitElement, nothing, render, type CSSResultGroup, type CSSResultOrNative, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { reportFeedError } from '../events/feed-events.js';
import { FeedError } from '../feed/errors.js';
import type { Feed } from '../feed/types.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { FeedStates, type FeedState } from './feed-states.js';
import { keepFocus } from './focus.js';
import { baseStyles } from '../styles/base.js';
import { AdoptedSheets } from './adopted-sheets.js';
import type { LazyModule } from './lazy-module.js';
import { tokens } from '../styles/tokens.js';

export type Theme = 'light' | 'dark' | 'auto';

export type { FeedState } from './feed-states.js';

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
    return this.states.render(this.feedState, this.viewCode, (feed) => this.renderFeed(feed));
  }

  /** The loading, error and empty states (feed-states.ts, shared with the partner badge's element). */
  private readonly states = new FeedStates(this, () => this.retry());

  /** Retry reads the feed again, and fetches the view code again if that was what failed. */
  private retry(): void {
    this.viewCode?.retry();
    this.feedState.retry();
    // The Retry button goes with the error state: focus stays in the element (its box, or Retry again).
    void keepFocus(this, ['[part="retry"]', '.root']);
  }

  /** @internal The `empty` state: a message and, when filters caused it, a way back. */
  renderEmpty(message?: string, action?: TemplateResult): TemplateResult {
    return this.states.empty(message, action);
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
          ${this.states.error(failure)}
        </div>`,
        this.renderRoot as HTMLElement,
      );
      reportFeedError(this, { kind: failure.kind, message: failure.message });
    }
  }
}
