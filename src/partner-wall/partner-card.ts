import { html, nothing, type TemplateResult } from 'lit';
import { prizesSponsoredBy, sessionsOrganizedBy } from '../feed/involvement.js';
import { textFor } from '../feed/text.js';
import type { Feed, Partner } from '../feed/types.js';
import { formatNumber, pluralCategory } from '../i18n/format.js';
import { safeUrl } from '../internal/safe-url.js';
import { paragraphsOf } from '../internal/text-lists.js';
import type { PartnerWallMessages } from './messages/en.js';
import { renderFace } from './partner-tile.js';
import type { WsisPartnerWall } from './partner-wall.js';

/** What the card needs from the wall besides the partner: all of it read from the host, never written. */
export interface CardContext {
  host: WsisPartnerWall;
  feed: Feed;
  messages: PartnerWallMessages;
  onLogoError: (url: string) => void;
}

/** "3 sessions" — a button into the linked programme when the wall names one. */
function renderSessions(ctx: CardContext, partner: Partner, name: string): TemplateResult | typeof nothing {
  const { host, messages: m } = ctx;
  const count = sessionsOrganizedBy(ctx.feed, partner.id).length;
  if (count === 0) return nothing;
  const locale = host.locale.locale;
  const n = formatNumber(locale, count);
  const category = pluralCategory(locale, count);
  return html`<li part="sessions">
    ${host.schedule
      ? html`<button
          part="sessions-link"
          class="link-button"
          type="button"
          @click=${() => host.selectPartner(partner.id, () => m.programmeShows(name))}
        >
          ${m.sessionCountLink(n, category)}
        </button>`
      : m.sessionCount(n, category)}
  </li>`;
}

/**
 * One partner as a card: logo (or its name, when it has none or it fails) linking to its site,
 * its name, its tier in words and the event, its description, and what it did at the event.
 */
export function renderPartnerCard(partner: Partner, ctx: CardContext): TemplateResult {
  const { host, feed, messages: m } = ctx;
  const locale = host.locale.locale;
  const name = textFor(partner.name, locale) || partner.id;
  const tier = feed.tiers.find((t) => t.id === partner.tier);
  const logo = safeUrl(partner.logo, true);
  const href = safeUrl(partner.url);
  const showLogo = logo !== undefined && !host.brokenLogos.has(logo);
  const description = paragraphsOf(textFor(partner.description, locale));
  const sessions = renderSessions(ctx, partner, name);
  const prizes = prizesSponsoredBy(feed, partner.id);
  const face = renderFace(name, showLogo ? logo : undefined, 120, ctx.onLogoError);
  const tileClass = showLogo ? 'tile has-logo' : 'tile has-name';
  return html`<article part="card" class="card" data-id=${partner.id}>
    ${href
      ? html`<a part="link" class=${tileClass} href=${href} rel="noopener noreferrer">${face}</a>`
      : html`<div class=${tileClass}>${face}</div>`}
    <div class="card-body">
      ${host.heading(0, name, 'partner-name')}
      <p class="standing">
        ${tier ? html`<span part="card-tier" class="card-tier">${textFor(tier.name, locale) || tier.id}</span>` : nothing}
        <span part="card-event" class="card-event">${textFor(feed.event.name, locale) || feed.event.id}</span>
      </p>
      ${description.map((paragraph) => html`<p part="description" class="description">${paragraph}</p>`)}
      ${sessions !== nothing || prizes.length > 0
        ? html`${host.heading(1, m.involvement, 'involvement-heading')}
            <ul part="involvement" class="involvement" role="list">
              ${sessions}
              ${prizes.map((prize) => {
                const label = m.sponsorOf(textFor(prize.name, locale) || prize.id);
                const link = safeUrl(prize.url);
                return html`<li part="sponsorship">
                  ${link ? html`<a href=${link} rel="noopener noreferrer">${label}</a>` : label}
                </li>`;
              })}
            </ul>`
        : nothing}
    </div>
  </article>`;
}
