import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { textFor } from '../feed/text.js';
import type { Feed } from '../feed/types.js';
import { groupPartners, parseTierFilter, type PartnerGroup } from './group.js';
import type { PartnerWallMessages } from './messages/en.js';
import { partnerWallMessages } from './messages/index.js';
import type { Grouping, PartnerWallActions, PartnerWallModel, PartnerWallView } from './model.js';
import { renderPartnerCard } from './partner-card.js';
import { renderPartner, type TileContext } from './partner-tile.js';
import { partnerWallStyles } from './partner-wall.styles.js';

/**
 * Groupings by document, then by `tier` and `partner` value: computed once, shared by every wall that shows the
 * same document, dropped with the document (a cache of a pure function, not per-element state).
 */
const groupings = new WeakMap<Feed, Map<string, Grouping>>();

function group(feed: Feed, tier: string | undefined, partner: string | undefined): Grouping {
  let byTier = groupings.get(feed);
  if (!byTier) groupings.set(feed, (byTier = new Map()));
  const key = `${tier ?? ''}\n${partner ?? ''}`;
  let result = byTier.get(key);
  if (!result) {
    const filter = parseTierFilter(tier);
    const partners = parseTierFilter(partner);
    const groups = groupPartners(feed, filter, partners);
    const shown = groups.flatMap((entry) => entry.partners);
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

function renderTier(
  model: PartnerWallModel,
  actions: PartnerWallActions,
  group: PartnerGroup,
  index: number,
  m: PartnerWallMessages,
): TemplateResult {
  const { ctx } = model;
  const tile: TileContext = {
    locale: ctx.locale,
    messages: m,
    step: group.step,
    brokenLogos: model.brokenLogos,
    openDescriptions: model.openDescriptions,
    // Valid and unique in the shadow root whatever the feed's ids hold: by position (tier, partner).
    descriptionId: (id) => `description-${index + 1}-${group.partners.findIndex((partner) => partner.id === id) + 1}`,
    onLogoError: actions.logoFailed,
    onToggleDescription: actions.toggleDescription,
  };
  return html`<section part="tier" class="tier step-${group.step}" data-tier=${group.tier.id}>
    ${ctx.heading(0, html`<span dir="auto">${textFor(group.tier.name, ctx.locale) || group.tier.id}</span>`, 'tier-heading')}
    <ul class="partners" role="list">
      ${repeat(
        group.partners,
        (partner) => partner.id,
        (partner) => renderPartner(partner, tile),
      )}
    </ul>
  </section>`;
}

function render(model: PartnerWallModel, actions: PartnerWallActions): unknown {
  const m = model.ctx.messages(partnerWallMessages);
  const { groups, filtered, chosen, single, feed } = model;
  if (groups.length === 0) {
    return model.ctx.empty(chosen && feed.partners.length > 0 ? m.emptyPartner : filtered ? m.emptyFiltered : m.emptyNone);
  }
  if (single) return renderPartnerCard(single, model, actions, m);
  const tiers = repeat(
    groups,
    (group) => group.tier.id,
    (group, index) => renderTier(model, actions, group, index, m),
  );
  if (model.layout === 'row') {
    return html`<div part="scroller" class="wall row" role="region" aria-label=${m.regionLabel} tabindex="0">
      <div class="track">${tiers}</div>
    </div>`;
  }
  return html`<div class="wall grid">${tiers}</div>`;
}

/** The view of <wsis-partner-wall> (model.ts says what it is given). */
export const partnerWallView: PartnerWallView = { styles: partnerWallStyles, render, group };
