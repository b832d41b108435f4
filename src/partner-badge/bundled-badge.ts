import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { FeedController } from '../feed/controller.js';
import type { Feed } from '../feed/types.js';
import { viewOf, type ViewSource } from '../internal/element-view.js';
import { LazyModule } from '../internal/lazy-module.js';
import { WsisBase, type FeedState } from '../internal/wsis-base.js';
import type { BadgeContent, PartnerBadgeLayout, PartnerBadgeView } from './badge-content.js';

/**
 * `<wsis-partner-badge>` as the all-in-one bundle (`wsis-widgets.js`) defines it: a thin class on
 * WsisBase, whose LitElement that bundle holds anyway, so the bundle's first download pays only
 * for this class and not for the light element base of `partner-badge.js` (issue 19 keeps that
 * download small). It shows the same thing as the light class (partner-badge.ts, which documents
 * the element's attributes, events, parts and custom properties): the same content
 * (badge-content.ts) and view (badge-view.ts, loaded when the first badge connects), read
 * through the page's shared feed loader, so the badge joins the other elements' requests.
 * A page that loads both entries keeps the class of the first one loaded.
 */
export class BundledPartnerBadge extends WsisBase {
  /** The partner's id. */
  @property({ reflect: true }) partner?: string;

  /** `horizontal` (default) or `vertical`. */
  @property({ reflect: true }) layout: PartnerBadgeLayout = 'horizontal';

  /** @internal One of the tag's two classes: defineElement keeps the other quietly. */
  static readonly sharesTag = 'wsis-partner-badge';

  /** The view (badge-view.ts): loaded lazily by the all-in-one bundle. */
  static view?: ViewSource<PartnerBadgeView>;

  /** @internal */
  readonly feedState: FeedState = new FeedController(this);

  protected override viewCode = new LazyModule<PartnerBadgeView>(this, `<${this.localName}>`, () =>
    viewOf(this.constructor as typeof BundledPartnerBadge),
  );

  /** What the badge shows once a feed is read (shared with the light class): comes with the view. */
  private content?: BadgeContent;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const view = this.viewCode.module;
    if (view) this.content ??= view.content(this);
    this.content?.derive(this.feedState.feed);
  }

  protected override renderFeed(_feed: Feed): unknown {
    return this.content?.render(this.viewCode.module, (message) => this.renderEmpty(message));
  }
}
