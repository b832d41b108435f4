import { nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { viewOf, type ViewSource } from '../internal/element-view.js';
import { LazyModule } from '../internal/lazy-module.js';
import { WsisElement } from '../internal/wsis-element.js';
import type { Grouping, PartnerWallActions, PartnerWallLayout, PartnerWallView } from './model.js';

export type { PartnerWallLayout } from './model.js';

/**
 * A wall of an event's partners, grouped by tier, the highest tier first with the largest logos.
 * Each partner's logo (or its name, when it has no logo or the logo fails to load) links to its
 * site; its country is named in the visitor's language; its description opens with a button.
 *
 * @summary Strategic partners by tier, from a WSIS widgets feed.
 * @tag wsis-partner-wall
 *
 * @attr src - URL of a feed (feed-v1). Elements naming the same URL share one request.
 * @attr lang - UI and content language; default: the nearest ancestor's `lang`, then the document's.
 * @attr refresh - Seconds between background re-reads of `src`.
 * @attr heading-level - Level (2–6) of the tier headings. Default 2.
 * @attr theme - `light` (default), `dark` or `auto`.
 *
 * @fires wsis-load - `detail: {feed, warnings}` after a feed document is read.
 * @fires wsis-error - `detail: {kind, message, status?}` when no document could be read.
 *
 * @csspart root - The element's outer box.
 * @csspart loading - Shown while the first document loads.
 * @csspart error - Shown (role="alert") when no document could be read.
 * @csspart retry - The error state's retry button.
 * @csspart empty - Shown when the feed has no partners or the `tier` filter leaves none.
 * @csspart scroller - `layout="row"` only: the scrollable row (a focusable, labelled region).
 * @csspart tier - One tier's group; carries `data-tier` = the tier's id.
 * @csspart tier-heading - The tier's heading (h2 at the default `heading-level`).
 * @csspart partner - One partner; carries `data-id` = the partner's id.
 * @csspart link - The tile's link to the partner's site (absent when the partner has no `url`).
 * @csspart logo - The logo image.
 * @csspart name - The tile with the partner's name, shown instead of a missing or broken logo.
 * @csspart country - The partner's country, named in the element's language.
 * @csspart more - The button that shows or hides the partner's description.
 * @csspart description - The partner's description.
 *
 * @cssprop [--wsis-partner-wall-logo-height-1=120px] - Logo box height in the highest tier.
 * @cssprop [--wsis-partner-wall-logo-height-2=96px] - Logo box height in the second tier.
 * @cssprop [--wsis-partner-wall-logo-height-3=80px] - Logo box height in the third tier.
 * @cssprop [--wsis-partner-wall-logo-height-4=64px] - Logo box height in the fourth tier and every lower one.
 * @cssprop [--wsis-partner-wall-logo-aspect=2] - Width ÷ height of every logo box.
 * @cssprop [--wsis-partner-wall-logo-background=#ffffff] - Behind logos (white in dark theme too, for dark logos).
 * @cssprop [--wsis-partner-wall-gap=16px] - Space between partners.
 * @cssprop [--wsis-color-accent=#0b5cab] - Links, focus and hover borders (global token).
 * @cssprop [--wsis-color-surface=#ffffff] - Background (global token; see docs for the others).
 *
 * @slot - None. Content placed inside before the element upgrades is the no-JavaScript fallback; it is hidden once the element renders.
 */
export class WsisPartnerWall extends WsisElement {
  /** Comma-separated tier ids to show (`platinum,gold`); default: every tier. */
  @property() tier?: string;

  /** `grid` (default): wrapping rows; `row`: one horizontally scrollable row. Any other value: `grid`. */
  @property({ reflect: true }) layout: PartnerWallLayout = 'grid';

  /** The view (partner-wall-view.ts): attached by src/define/partner-wall.ts, else loaded. */
  static view?: ViewSource<PartnerWallView>;

  protected override viewCode = new LazyModule<PartnerWallView>(this, `<${this.localName}>`, () =>
    viewOf(this.constructor as typeof WsisPartnerWall),
  );

  /** Logo URLs that failed to load; their partners show a name tile. */
  @state() private brokenLogos: ReadonlySet<string> = new Set();

  /** Partners whose description is open. */
  @state() private openDescriptions: ReadonlySet<string> = new Set();

  private readonly actions: PartnerWallActions = {
    logoFailed: (url) => {
      if (!this.brokenLogos.has(url)) this.brokenLogos = new Set([...this.brokenLogos, url]);
    },
    toggleDescription: (id) => {
      const open = new Set(this.openDescriptions);
      if (!open.delete(id)) open.add(id);
      this.openDescriptions = open;
    },
  };

  private grouping?: Grouping;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const view = this.viewCode.module;
    const feed = this.feedState.feed;
    // Cached by feed and tier in the view module (shared by every wall on the page).
    if (view && feed) this.grouping = view.group(feed, this.tier);
  }

  protected override renderFeed(): unknown {
    const view = this.viewCode.module;
    if (!view || !this.grouping) return nothing;
    const { brokenLogos, openDescriptions, layout } = this;
    return view.render({ ...this.grouping, ctx: this.context, layout, brokenLogos, openDescriptions }, this.actions);
  }
}
