import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { textFor } from '../feed/text.js';
import type { Feed } from '../feed/types.js';
import { WsisElement } from '../internal/wsis-element.js';
import { groupPartners, parseTierFilter, type PartnerGroup } from './group.js';
import { partnerWallMessages } from './messages/index.js';
import type { PartnerWallMessages } from './messages/en.js';
import { renderPartner, type TileContext } from './partner-tile.js';
import { partnerWallStyles } from './partner-wall.styles.js';

/** `grid` wraps the logos; `row` puts them in one horizontally scrollable row. */
export type PartnerWallLayout = 'grid' | 'row';

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
  static override styles = [...WsisElement.styles, partnerWallStyles];

  /** Comma-separated tier ids to show (`platinum,gold`); default: every tier. */
  @property() tier?: string;

  /** `grid` (default): wrapping rows; `row`: one horizontally scrollable row. Any other value: `grid`. */
  @property({ reflect: true }) layout: PartnerWallLayout = 'grid';

  /** Logo URLs that failed to load; their partners show a name tile. */
  @state() private brokenLogos: ReadonlySet<string> = new Set();

  /** Partners whose description is open. */
  @state() private openDescriptions: ReadonlySet<string> = new Set();

  private groups: PartnerGroup[] = [];
  private groupedFeed?: Feed;
  private groupedTier?: string;
  private filtered = false;
  private readonly descriptionIds = new Map<string, string>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const feed = this.feedState.feed;
    if (feed && (feed !== this.groupedFeed || this.tier !== this.groupedTier)) {
      const filter = parseTierFilter(this.tier);
      this.groups = groupPartners(feed, filter);
      this.filtered = filter !== undefined && feed.partners.length > 0;
      this.groupedFeed = feed;
      this.groupedTier = this.tier;
    }
  }

  protected override renderFeed(_feed: Feed): unknown {
    const m = this.locale.messages(partnerWallMessages);
    if (this.groups.length === 0) return this.renderEmpty(this.filtered ? m.emptyFiltered : m.emptyNone);
    const tiers = repeat(
      this.groups,
      (group) => group.tier.id,
      (group) => this.renderTier(group, m),
    );
    if (this.layout === 'row') {
      return html`<div part="scroller" class="wall row" role="region" aria-label=${m.regionLabel} tabindex="0">
        <div class="track">${tiers}</div>
      </div>`;
    }
    return html`<div class="wall grid">${tiers}</div>`;
  }

  private renderTier(group: PartnerGroup, m: PartnerWallMessages): TemplateResult {
    const ctx: TileContext = {
      locale: this.locale.locale,
      messages: m,
      step: group.step,
      brokenLogos: this.brokenLogos,
      openDescriptions: this.openDescriptions,
      descriptionId: (id) => this.descriptionId(id),
      onLogoError: (url) => this.markBroken(url),
      onToggleDescription: (id) => this.toggleDescription(id),
    };
    return html`<section part="tier" class="tier step-${group.step}" data-tier=${group.tier.id}>
      ${this.heading(0, textFor(group.tier.name, this.locale.locale) || group.tier.id, 'tier-heading')}
      <ul class="partners" role="list">
        ${repeat(
          group.partners,
          (partner) => partner.id,
          (partner) => renderPartner(partner, ctx),
        )}
      </ul>
    </section>`;
  }

  /** An id for a partner's description that is valid and unique whatever the feed's ids hold. */
  private descriptionId(partnerId: string): string {
    let id = this.descriptionIds.get(partnerId);
    if (!id) {
      id = `description-${this.descriptionIds.size + 1}`;
      this.descriptionIds.set(partnerId, id);
    }
    return id;
  }

  private markBroken(url: string): void {
    if (this.brokenLogos.has(url)) return;
    this.brokenLogos = new Set([...this.brokenLogos, url]);
  }

  private toggleDescription(partnerId: string): void {
    const open = new Set(this.openDescriptions);
    if (open.has(partnerId)) open.delete(partnerId);
    else open.add(partnerId);
    this.openDescriptions = open;
  }
}
