/**
 * What <wsis-partner-wall> hands its view (partner-wall-view.ts): the model it derives and the
 * actions the view may call. Types only, so that neither module imports the other's code.
 */
import type { Feed, Partner } from '../feed/types.js';
import type { ElementView, ViewContext } from '../internal/element-view.js';
import type { PartnerGroup } from './group.js';

/** `grid` wraps the logos; `row` puts them in one horizontally scrollable row. */
export type PartnerWallLayout = 'grid' | 'row';

/** What the wall shows for one document and one `tier` and `partner` value. */
export interface Grouping {
  groups: PartnerGroup[];
  /** Whether the `tier` filter (not the feed) is why nothing is left. */
  filtered: boolean;
  /** Whether `partner` names partners (then an empty wall says so). */
  chosen: boolean;
  /** The one partner shown, when `partner` leaves exactly one: shown as a card. */
  single?: Partner;
}

export interface PartnerWallModel extends Grouping {
  ctx: ViewContext;
  /** The document shown (the card reads the partner's tier, sessions and prizes from it). */
  feed: Feed;
  /** Whether the wall names a `<wsis-schedule>` (then the card's session count is a button). */
  linked: boolean;
  layout: PartnerWallLayout;
  /** Logo URLs that failed to load; their partners show a name tile. */
  brokenLogos: ReadonlySet<string>;
  /** Partners whose description is open. */
  openDescriptions: ReadonlySet<string>;
}

export interface PartnerWallActions {
  logoFailed(url: string): void;
  toggleDescription(partnerId: string): void;
  /** The card's sessions button: `say` words the announcement once the schedule shows them. */
  selectPartner(partnerId: string, say: () => string): void;
}

/** The view module: styles, the pure render, and the grouping the element calls. */
export interface PartnerWallView extends ElementView<PartnerWallModel, PartnerWallActions> {
  group(feed: Feed, tier: string | undefined, partner: string | undefined): Grouping;
}
