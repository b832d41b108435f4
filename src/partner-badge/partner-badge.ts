import { FeedError } from '../feed/errors.js';
import type { Feed } from '../feed/types.js';
import type { ViewSource } from '../internal/element-view.js';
import type { FeedState, ViewCodeState } from '../internal/feed-states.js';
import { keepFocus } from '../internal/focus.js';
import type { Theme } from '../internal/wsis-base.js';
import { BadgeElement, type BadgeProperty } from './badge-element.js';
import type { BadgeContent, PartnerBadgeLayout, PartnerBadgeView } from './badge-content.js';

/** The feed of a badge class that no entry has set up (an import of this module alone). */
const unattached: FeedState = {
  status: 'error',
  error: new FeedError('network', 'No feed reader is attached: import partner-badge.js or wsis-widgets.js.'),
  retry() {},
};

export type { PartnerBadgeLayout } from './badge-content.js';

/** The badge's view code as the element holds it: here at once (`partner-badge.js` attaches it). */
export interface BadgeViewCode extends ViewCodeState {
  readonly module?: PartnerBadgeView;
  request(): void;
  retry(): void;
}

/** The view attached to the class, at once (partner-badge.js). */
function attachedView(view: ViewSource<PartnerBadgeView> | undefined): BadgeViewCode {
  const module = typeof view === 'object' ? view : undefined;
  return {
    status: module ? 'ready' : 'error',
    failure: 'The code of <wsis-partner-badge> could not be loaded (no view is attached).',
    module,
    request() {},
    retry() {},
  };
}

/**
 * The compact "proud partner" badge a partner puts in its site's footer or sidebar: the event's
 * logo (when the feed has one), the partner's tier in words (the feed's tier name, "Platinum
 * Partner"), the event's name and dates, all one link to the event's site. 200 × 100 px by
 * default; a wider one (`--wsis-partner-badge-width: 320px`) scales up as a whole, and it never
 * grows beyond its container. No heading (it is a link, not a section): `heading-level` has no effect.
 * This module is the class of `partner-badge.js` (its state and rendering are badge-content.ts;
 * its template, styles and strings badge-view.ts, which the entry attaches). It is the lightest
 * element: it extends BadgeElement (badge-element.ts: lit-html and the shared controllers,
 * without LitElement), and its entry reads only the event, tiers and partners of its feed
 * (badge-feed.ts, feed/read-partners.ts: the same schemas and rules). The all-in-one bundle,
 * which holds LitElement anyway, defines the tag with its own thin class on WsisBase
 * (bundled-badge.ts: the same content and view, loaded lazily), read through the page's
 * shared loader, so a page that shows only the all-in-one pays nothing for this light base.
 *
 * @summary A partner's "proud partner" badge: tier, event name and dates, linked to the event.
 * @tag wsis-partner-badge
 *
 * @attr src - URL of a feed (feed-v1). Badges naming the same URL share one request (other elements read it apart).
 * @attr partner - The partner's id (feed `partners[].id`). Missing or unknown: the empty state.
 * @attr layout - `horizontal` (default) or `vertical`. Any other value: `horizontal`.
 * @attr lang - UI and content language; default: the nearest ancestor's `lang`, then the document's.
 * @attr theme - `light` (default), `dark` or `auto`.
 * @attr refresh - Seconds between background re-reads of `src`.
 * @attr heading-level - Accepted like every element's; the badge has no heading, so it has no effect.
 *
 * @fires wsis-load - `detail: {feed, warnings}` after a feed document is read (its event, tiers and partners; the other lists empty).
 * @fires wsis-error - `detail: {kind, message, status?}` when no document could be read.
 *
 * @csspart root - The element's outer box.
 * @csspart loading - Shown while the first document loads.
 * @csspart error - Shown (role="alert") when no document could be read.
 * @csspart retry - The error state's retry button.
 * @csspart empty - Shown when `partner` is missing or names no partner of the feed.
 * @csspart badge - The badge's box (the link itself when the event has a `url`).
 * @csspart link - The link to the event's site (the same element as `badge`; absent without a `url`).
 * @csspart logo - The event's logo (absent when the feed has none, or it fails to load).
 * @csspart tier - The tier in words.
 * @csspart event - The event's name.
 *
 * @cssprop [--wsis-partner-badge-width=200px] - The badge's width; its height follows (half of it).
 * @cssprop [--wsis-partner-badge-background=var(--wsis-color-surface)] - The badge's background.
 * @cssprop [--wsis-partner-badge-border-color=var(--wsis-color-border-strong)] - The badge's border.
 * @cssprop [--wsis-partner-badge-logo-background=#ffffff] - Behind the logo (white in dark theme too).
 *
 * @slot - None. Content placed inside before the element upgrades is the no-JavaScript fallback (a plain link to the event, say); it is hidden once the element renders.
 */
export class WsisPartnerBadge extends BadgeElement {
  static override properties: Record<string, BadgeProperty> = {
    src: {},
    feed: { attribute: false },
    partner: { reflect: true },
    layout: { reflect: true },
    theme: { reflect: true },
    refresh: { number: true },
    headingLevel: { attribute: 'heading-level', number: true },
  };

  /** URL of a feed (feed-v1). Badges naming the same URL share one request. */
  src?: string;
  /** An already parsed feed object; wins over `src` (still read and checked like a downloaded document). */
  feed?: Feed;
  /** The partner's id. */
  partner?: string;
  /** Seconds between background re-reads of `src`. */
  refresh?: number;
  /** `horizontal` (default) or `vertical`. */
  layout: PartnerBadgeLayout = 'horizontal';
  /** `light`, `dark` or `auto` (follows `prefers-color-scheme`); anything else is `light`. */
  theme: Theme = 'light';
  /** Accepted like every element's `heading-level`; the badge has no heading. */
  headingLevel = 2;

  /**
   * How a badge reads its feed, attached by the entry like `view`: `partner-badge.js` attaches
   * BadgeFeed (badge-feed.ts: only the event, tiers and partners, no shared registry), the
   * all-in-one bundle the page's shared FeedController (its loader is there anyway, so the badge
   * joins the other elements' requests).
   */
  static feedSource?: (host: WsisPartnerBadge) => FeedState;

  /** @internal One of the tag's two classes: defineElement keeps the other quietly. */
  static readonly sharesTag = 'wsis-partner-badge';

  /** The view (badge-view.ts): attached by src/define/partner-badge.ts, else loaded. */
  static view?: ViewSource<PartnerBadgeView>;

  /** @internal */
  readonly feedState: FeedState = (this.constructor as typeof WsisPartnerBadge).feedSource?.(this) ?? unattached;

  private readonly viewCode: BadgeViewCode = attachedView((this.constructor as typeof WsisPartnerBadge).view);

  /** What the badge shows once a feed is read (badge-content.ts, shared with the all-in-one's class). */
  private readonly content: BadgeContent | undefined = this.viewCode.module?.content(this);

  override connectedCallback(): void {
    super.connectedCallback();
    // Fetched in parallel with the feed.
    this.viewCode.request();
  }

  protected override willUpdate(): void {
    const view = this.viewCode.module;
    if (view) this.sheets.set('view', view.styles as CSSStyleSheet);
    this.content?.derive(this.feedState.feed);
  }

  protected override render(): unknown {
    return this.frame(this.states.render(this.feedState, this.viewCode, () => this.renderBadge()));
  }

  private renderBadge(): unknown {
    return this.content?.render(this.viewCode.module, (message) => this.states.empty(message));
  }

  /** Reads the feed again, and fetches the view code again if that was what failed. */
  protected override retry(): void {
    this.viewCode.retry();
    this.feedState.retry();
    // The Retry button goes with the error state: focus stays in the element (its box, or Retry again).
    void keepFocus(this, ['[part="retry"]', '.root']);
  }
}
