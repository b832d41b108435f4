import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { textFor } from '../feed/text.js';
import type { Feed, Partner } from '../feed/types.js';
import type { ElementRenderer } from '../internal/element-renderer.js';
import { groupPartners, parseTierFilter, type PartnerGroup } from './group.js';
import type { PartnerWallMessages } from './messages/en.js';
import { partnerWallMessages } from './messages/index.js';
import { renderPartnerCard } from './partner-card.js';
import { renderPartner, type TileContext } from './partner-tile.js';
import type { WsisPartnerWall } from './partner-wall.js';
import { partnerWallStyles } from './partner-wall.styles.js';

/** What the wall shows for one document and one `tier` and `partner` value. */
interface Grouping {
  groups: PartnerGroup[];
  /** Whether the `tier` filter (not the feed) is why nothing is left. */
  filtered: boolean;
  /** Whether `partner` names partners (then an empty wall says so). */
  chosen: boolean;
  /** The one partner shown, when `partner` leaves exactly one: shown as a card. */
  single?: Partner;
}

/**
 * Groupings by document, then by `tier` value: computed once, shared by every wall that shows the
 * same document, dropped with the document.
 */
const groupings = new WeakMap<Feed, Map<string, Grouping>>();

function grouping(feed: Feed, tier: string | undefined, partner: string | undefined): Grouping {
  let byTier = groupings.get(feed);
  if (!byTier) groupings.set(feed, (byTier = new Map()));
  const key = `${tier ?? ''}\n${partner ?? ''}`;
  let result = byTier.get(key);
  if (!result) {
    const filter = parseTierFilter(tier);
    const partners = parseTierFilter(partner);
    const groups = groupPartners(feed, filter, partners);
    const shown = groups.flatMap((group) => group.partners);
    result = {
      groups,
      filtered: filter !== undefined && feed.partners.length > 0,
      chosen: partners !== undefined,
      single: partners && shown.length === 1 ? shown[0] : undefined,
    };
    byTier.set(key, result);
  }
  return result;
}

/** Each wall's description ids: valid and unique in its shadow root whatever the feed's ids hold, stable across renders. */
const descriptionIds = new WeakMap<WsisPartnerWall, Map<string, string>>();

function descriptionId(host: WsisPartnerWall, partnerId: string): string {
  let ids = descriptionIds.get(host);
  if (!ids) descriptionIds.set(host, (ids = new Map()));
  let id = ids.get(partnerId);
  if (!id) {
    id = `description-${ids.size + 1}`;
    ids.set(partnerId, id);
  }
  return id;
}

function markBroken(host: WsisPartnerWall, url: string): void {
  if (!host.brokenLogos.has(url)) host.brokenLogos = new Set([...host.brokenLogos, url]);
}

function toggleDescription(host: WsisPartnerWall, partnerId: string): void {
  const open = new Set(host.openDescriptions);
  if (!open.delete(partnerId)) open.add(partnerId);
  host.openDescriptions = open;
}

function renderTier(host: WsisPartnerWall, group: PartnerGroup, m: PartnerWallMessages): TemplateResult {
  const locale = host.locale.locale;
  const ctx: TileContext = {
    locale,
    messages: m,
    step: group.step,
    brokenLogos: host.brokenLogos,
    openDescriptions: host.openDescriptions,
    descriptionId: (id) => descriptionId(host, id),
    onLogoError: (url) => markBroken(host, url),
    onToggleDescription: (id) => toggleDescription(host, id),
  };
  return html`<section part="tier" class="tier step-${group.step}" data-tier=${group.tier.id}>
    ${host.heading(0, textFor(group.tier.name, locale) || group.tier.id, 'tier-heading')}
    <ul class="partners" role="list">
      ${repeat(
        group.partners,
        (partner) => partner.id,
        (partner) => renderPartner(partner, ctx),
      )}
    </ul>
  </section>`;
}

/** The rendering code of <wsis-partner-wall>: its styles, templates, UI strings and grouping. */
export const partnerWallRenderer: ElementRenderer<WsisPartnerWall> = {
  styles: partnerWallStyles,
  render(host, feed) {
    const m = host.locale.messages(partnerWallMessages);
    const { groups, filtered, chosen, single } = grouping(feed, host.tier, host.partner);
    if (groups.length === 0) {
      return host.renderEmpty(chosen && feed.partners.length > 0 ? m.emptyPartner : filtered ? m.emptyFiltered : m.emptyNone);
    }
    if (single) {
      return renderPartnerCard(single, { host, feed, messages: m, onLogoError: (url) => markBroken(host, url) });
    }
    const tiers = repeat(
      groups,
      (group) => group.tier.id,
      (group) => renderTier(host, group, m),
    );
    if (host.layout === 'row') {
      return html`<div part="scroller" class="wall row" role="region" aria-label=${m.regionLabel} tabindex="0">
        <div class="track">${tiers}</div>
      </div>`;
    }
    return html`<div class="wall grid">${tiers}</div>`;
  },
};
