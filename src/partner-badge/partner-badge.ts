import { nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { viewOf, type ViewSource } from '../internal/element-view.js';
import { LazyModule } from '../internal/lazy-module.js';
import { FeedError } from '../feed/errors.js';
import { WsisBase, type FeedState } from '../internal/wsis-base.js';
import { badgeModel, type BadgeModel } from './badge-model.js';
import type { BadgeActions, BadgeContext, PartnerBadgeView } from './badge-view.js';

/** The feed of a badge class that no entry has set up (an import of this module alone). */
const unattached: FeedState = {
  status: 'error',
  error: new FeedError('network', 'No feed reader is attached: import partner-badge.js or wsis-widgets.js.'),
  retry() {},
};

/** `horizontal`: the logo beside the words; `vertical`: the logo above them. */
export type PartnerBadgeLayout = 'horizontal' | 'vertical';

/**
 * The compact "proud partner" badge a partner puts in its site's footer or sidebar: the event's
 * logo (when the feed has one), the partner's tier in words (the feed's tier name, "Platinum
 * Partner"), the event's name and dates, all one link to the event's site. 200 × 100 px by
 * default; a wider one (`--wsis-partner-badge-width: 320px`) scales up as a whole, and it never
 * grows beyond its container. No heading (it is a link, not a section): `heading-level` has no effect.
 * This module is the class only (state, derived in `willUpdate`); its template, styles and
 * strings are in badge-view.ts, which `partner-badge.js` attaches directly and the all-in-one
 * bundle loads when the first badge connects. It is the lightest element: it extends WsisBase
 * (attributes, states, language) without the shared feed loader; its entry reads only the event,
 * tiers and partners of its feed (badge-feed.ts, feed/read-partners.ts: the same schemas and
 * rules), the all-in-one bundle through the page's shared loader (`feedSource`).
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
export class WsisPartnerBadge extends WsisBase {
  /**
   * How a badge reads its feed, attached by the entry like `view`: `partner-badge.js` attaches
   * BadgeFeed (badge-feed.ts: only the event, tiers and partners, no shared registry), the
   * all-in-one bundle the page's shared FeedController (its loader is there anyway, so the badge
   * joins the other elements' requests).
   */
  static feedSource?: (host: WsisPartnerBadge) => FeedState;

  /** @internal */
  readonly feedState: FeedState = (this.constructor as typeof WsisPartnerBadge).feedSource?.(this) ?? unattached;

  /** The partner's id. */
  @property({ reflect: true }) partner?: string;

  /** `horizontal` (default) or `vertical`. */
  @property({ reflect: true }) layout: PartnerBadgeLayout = 'horizontal';

  /** The logo URL that failed to load (then the badge shows without it). */
  @state() private brokenLogo?: string;

  /** The view (badge-view.ts): attached by src/define/partner-badge.ts, else loaded. */
  static view?: ViewSource<PartnerBadgeView>;

  protected override viewCode = new LazyModule<PartnerBadgeView>(this, `<${this.localName}>`, () =>
    viewOf(this.constructor as typeof WsisPartnerBadge),
  );

  /** What the badge shows: derived in `willUpdate`, read by the view (badge-view.ts). */
  private badge?: BadgeModel;

  /** What the view may do: the element changes its own state. */
  private readonly badgeActions: BadgeActions = {
    onLogoError: () => {
      this.brokenLogo = this.badge?.logo;
    },
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const feed = this.feedState.feed;
    this.badge = feed
      ? badgeModel(feed, {
          partner: this.partner,
          locale: this.locale.locale,
          layout: this.layout,
          brokenLogo: this.brokenLogo,
        })
      : undefined;
  }

  protected override renderFeed(): unknown {
    const view = this.viewCode.module;
    const ctx: BadgeContext = {
      locale: this.locale.locale,
      messages: (catalog) => this.locale.messages(catalog),
      empty: (message) => this.renderEmpty(message),
    };
    return view ? view.render({ ctx, badge: this.badge }, this.badgeActions) : nothing;
  }
}
