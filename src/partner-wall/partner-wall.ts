import { nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { emit } from '../events/emit.js';
import { WsisPartnerSelectEvent } from '../events/partner-select.js';
import { viewOf, type ViewSource } from '../internal/element-view.js';
import { LazyModule } from '../internal/lazy-module.js';
import { revealLinked } from '../internal/linked-element.js';
import { WsisElement } from '../internal/wsis-element.js';
import type { Grouping, PartnerWallActions, PartnerWallLayout, PartnerWallView } from './model.js';

export type { PartnerWallLayout } from './model.js';

/**
 * A wall of an event's partners, grouped by tier, the highest tier first with the largest logos.
 * Each partner's logo (or its name, when it has no logo or the logo fails to load) links to its
 * site; its country is named in the visitor's language; its description opens with a button.
 *
 * With `partner`, only those partners are shown; when that leaves exactly one, it shows as a
 * single card: logo, name, its tier in words (the feed's tier name) and the event, its
 * description and link, and what it did at the event ("3 sessions", "Sponsor of the … Prize",
 * from the feed's `sessions[].organizers` and `prizes[].sponsors`). With `schedule`, the
 * sessions line is a button that filters that `<wsis-schedule>` to the partner.
 *
 * @summary Strategic partners by tier, from a WSIS widgets feed.
 * @tag wsis-partner-wall
 *
 * @attr src - URL of a feed (feed-v1). Elements naming the same URL share one request.
 * @attr lang - UI and content language; default: the nearest ancestor's `lang`, then the document's.
 * @attr refresh - Seconds between background re-reads of `src`.
 * @attr heading-level - Level (2–6) of the tier headings. Default 2.
 * @attr theme - `light` (default), `dark` or `auto`.
 * @attr tier - Comma-separated tier ids to show; default every tier.
 * @attr layout - `grid` (default) or `row`.
 * @attr partner - Comma-separated partner ids to show; exactly one shown partner gives a single card.
 * @attr schedule - The id of a `<wsis-schedule>` in the same document (or shadow root): the card's sessions button sets its `partner` and scrolls to it.
 *
 * @fires wsis-partner-select - `detail: {id}` when a visitor asks to see the card's partner's sessions in the programme. Cancelable: `preventDefault()` keeps the linked schedule as it is.
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
 * @csspart card - The single partner's card (`partner` naming one partner); carries `data-id`.
 * @csspart partner-name - The card's heading: the partner's name.
 * @csspart card-tier - The card's tier in words (the feed's tier name, "Platinum Partner").
 * @csspart card-event - The card's event name ("WSIS Forum 2021").
 * @csspart involvement-heading - The heading above that list (one level below the card's).
 * @csspart involvement - The card's list of what the partner did at the event.
 * @csspart sessions - The card's sessions count ("3 sessions").
 * @csspart sessions-link - With `schedule`: the button that shows those sessions in the programme.
 * @csspart sponsorship - One "Sponsor of …" line of the card.
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

  /** Comma-separated partner ids to show; one partner shows as a card. Default: every partner. */
  @property({ reflect: true }) partner?: string;

  /** Id of the `<wsis-schedule>` that the card's sessions button filters and scrolls to. */
  @property() schedule?: string;

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
    selectPartner: (id, say) => {
      // Tell the page, then filter and reveal the linked schedule (its `partner` attribute), and
      // say so through the live region.
      if (!emit(this, new WsisPartnerSelectEvent({ id })) || !this.schedule) return;
      if (revealLinked(this, this.schedule, 'partner', id)) this.announcer.announce(say());
    },
  };

  private grouping?: Grouping;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const view = this.viewCode.module;
    const feed = this.feedState.feed;
    // Cached by feed, tier and partner in the view module (shared by every wall on the page).
    if (view && feed) this.grouping = view.group(feed, this.tier, this.partner);
  }

  protected override renderFeed(): unknown {
    const view = this.viewCode.module;
    if (!view || !this.grouping) return nothing;
    const feed = this.feedState.feed;
    if (!feed) return nothing;
    const { brokenLogos, openDescriptions, layout } = this;
    const model = { ...this.grouping, ctx: this.context, feed, linked: !!this.schedule, layout, brokenLogos, openDescriptions };
    return view.render(model, this.actions);
  }
}
