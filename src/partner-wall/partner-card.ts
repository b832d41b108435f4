import { html, nothing, type TemplateResult } from 'lit';
import { prizesSponsoredBy, sessionsOrganizedBy } from '../feed/involvement.js';
import { textFor } from '../feed/text.js';
import type { Partner } from '../feed/types.js';
import { formatNumber, pluralCategory } from '../i18n/format.js';
import { EXTERNAL_REL, safeUrl } from '../internal/safe-url.js';
import { isolate } from '../internal/bidi.js';
import { paragraphsOf } from '../internal/text-lists.js';
import type { PartnerWallMessages } from './messages/en.js';
import type { PartnerWallActions, PartnerWallModel } from './model.js';
import { renderFace } from './partner-tile.js';

/** "3 sessions" — a button into the linked programme when the wall names one. */
function renderSessions(
  model: PartnerWallModel,
  actions: PartnerWallActions,
  m: PartnerWallMessages,
  partner: Partner,
  name: string,
): TemplateResult | typeof nothing {
  const count = sessionsOrganizedBy(model.feed, partner.id).length;
  if (count === 0) return nothing;
  const locale = model.ctx.locale;
  const n = formatNumber(locale, count);
  const category = pluralCategory(locale, count);
  return html`<li part="sessions">
    ${model.linked
      ? html`<button
          part="sessions-link"
          class="link-button"
          type="button"
          @click=${() => actions.selectPartner(partner.id, () => m.programmeShows(name))}
        >
          ${m.sessionCountLink(n, category)}
        </button>`
      : m.sessionCount(n, category)}
  </li>`;
}

/**
 * One partner as a card: logo (or its name, when it has none or it fails) linking to its site,
 * its name, its tier in words and the event, its description, and what it did at the event.
 * Pure: reads the wall's model, and calls its actions (never writes to the element).
 */
export function renderPartnerCard(
  partner: Partner,
  model: PartnerWallModel,
  actions: PartnerWallActions,
  m: PartnerWallMessages,
): TemplateResult {
  const { ctx, feed } = model;
  const locale = ctx.locale;
  const name = textFor(partner.name, locale) || partner.id;
  const tier = feed.tiers.find((t) => t.id === partner.tier);
  const logo = safeUrl(partner.logo, true);
  const href = safeUrl(partner.url);
  const showLogo = logo !== undefined && !model.brokenLogos.has(logo);
  const description = paragraphsOf(textFor(partner.description, locale));
  const sessions = renderSessions(model, actions, m, partner, name);
  const prizes = prizesSponsoredBy(feed, partner.id);
  const face = renderFace(name, showLogo ? logo : undefined, 120, actions.logoFailed);
  const tileClass = showLogo ? 'tile has-logo' : 'tile has-name';
  return html`<article part="card" class="card" data-id=${partner.id}>
    ${href
      ? html`<a part="link" class=${tileClass} href=${href} rel=${EXTERNAL_REL}>${face}</a>`
      : html`<div class=${tileClass}>${face}</div>`}
    <div class="card-body">
      ${ctx.heading(0, html`<span dir="auto">${name}</span>`, 'partner-name')}
      <p class="standing">
        ${tier ? html`<span part="card-tier" class="card-tier" dir="auto">${textFor(tier.name, locale) || tier.id}</span>` : nothing}
        <span part="card-event" class="card-event" dir="auto">${textFor(feed.event.name, locale) || feed.event.id}</span>
      </p>
      ${description.map((paragraph) => html`<p part="description" class="description" dir="auto">${paragraph}</p>`)}
      ${sessions !== nothing || prizes.length > 0
        ? html`${ctx.heading(1, m.involvement, 'involvement-heading')}
            <ul part="involvement" class="involvement" role="list">
              ${sessions}
              ${prizes.map((prize) => {
                const label = isolate(m.sponsorOf, textFor(prize.name, locale) || prize.id);
                const link = safeUrl(prize.url);
                return html`<li part="sponsorship">
                  ${link ? html`<a href=${link} rel=${EXTERNAL_REL}>${label}</a>` : label}
                </li>`;
              })}
            </ul>`
        : nothing}
    </div>
  </article>`;
}
