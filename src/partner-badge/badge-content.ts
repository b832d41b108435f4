import { nothing } from 'lit/html.js';
import type { Feed } from '../feed/types.js';
import type { LocaleController } from '../i18n/locale-controller.js';
import type { ElementView, ViewContext } from '../internal/element-view.js';
import { badgeModel, type BadgeModel } from './badge-model.js';

/** What the view may do besides drawing: report a logo that failed to load. */
export interface BadgeActions {
  onLogoError: () => void;
}

/** What the view may use of the element: the language, its strings, the empty state (no headings). */
export type BadgeContext = Pick<ViewContext, 'locale' | 'messages' | 'empty'>;

/** What the element hands its view: the context and the derived badge (none: the empty state). */
export interface PartnerBadgeModel {
  ctx: BadgeContext;
  badge?: BadgeModel;
}

/** `horizontal`: the logo beside the words; `vertical`: the logo above them. */
export type PartnerBadgeLayout = 'horizontal' | 'vertical';

/** What a badge element gives its content: its language, its attributes, a way to re-render. */
export interface BadgeHost {
  readonly locale: LocaleController;
  partner?: string;
  layout: PartnerBadgeLayout;
  requestUpdate(): void;
}

/**
 * The view as the element takes it (badge-view.ts), with the element's content: the all-in-one
 * bundle's class gets it with the view it loads lazily, so its first download holds neither.
 */
export type PartnerBadgeView = ElementView<PartnerBadgeModel, BadgeActions> & {
  readonly content: (host: BadgeHost) => BadgeContent;
};

/**
 * What both classes of `<wsis-partner-badge>` show once a feed is read: the light one of
 * `partner-badge.js` (partner-badge.ts) and the all-in-one bundle's LitElement one
 * (bundled-badge.ts) hold one each, made by the view (badge-view.ts), so the badge's state and
 * rendering are written once.
 */
export class BadgeContent {
  /** The logo URL that failed to load (then the badge shows without it). */
  private brokenLogo?: string;
  /** What the badge shows: derived in `derive`, read by the view (badge-view.ts). */
  private badge?: BadgeModel;
  /** What the view may do: the element changes its own state. */
  private readonly actions: BadgeActions = {
    onLogoError: () => {
      this.brokenLogo = this.badge?.logo;
      this.host.requestUpdate();
    },
  };

  constructor(private readonly host: BadgeHost) {}

  /** Derives the badge from the feed (none yet: undefined). */
  derive(feed: Feed | undefined): void {
    const { partner, layout, locale } = this.host;
    this.badge = feed ? badgeModel(feed, { partner, locale: locale.locale, layout, brokenLogo: this.brokenLogo }) : undefined;
  }

  /** The badge through its view, or nothing while the view is not here. */
  render(view: PartnerBadgeView | undefined, empty: BadgeContext['empty']): unknown {
    const { locale } = this.host;
    const ctx: BadgeContext = { locale: locale.locale, messages: (catalog) => locale.messages(catalog), empty };
    return view ? view.render({ ctx, badge: this.badge }, this.actions) : nothing;
  }
}
