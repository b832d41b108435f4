import { html, nothing, type TemplateResult } from 'lit/html.js';
import { BadgeContent, type BadgeActions, type PartnerBadgeView } from './badge-content.js';
import type { BadgeModel } from './badge-model.js';
import { partnerBadgeMessages } from './messages/index.js';
import type { PartnerBadgeMessages } from './messages/en.js';
import { sheetOf } from './sheet.js';
import { partnerBadgeStyles } from './partner-badge.styles.js';

export type { BadgeActions, BadgeContext, PartnerBadgeModel, PartnerBadgeView } from './badge-content.js';

/** A `YYYY-MM-DD` as a Date at noon UTC: the same calendar day wherever it is formatted. */
const day = (value: string) => new Date(`${value}T12:00:00Z`);

/** "26 Jan – 21 May 2021" (en), "26 janv. – 21 mai 2021" (fr), "2021年1月26日至5月21日" (zh). */
export function formatDates(start: string, end: string, locale: string): string {
  const from = day(start);
  const to = day(end);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) return '';
  // One formatter per render is nothing for a badge, and keeps the shared formatting chunk (the
  // caches of every element's Intl helpers, src/i18n/format.ts) out of the smallest entry.
  const format = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });
  return to <= from ? format.format(from) : format.formatRange(from, to);
}

/**
 * The badge: the event's logo (when it has one that loads), the tier in words, the event's name
 * and dates, all one link to the event's site. Pure: everything comes in, nothing is written.
 * The logo's text alternative is empty: the event's name follows it as text in the same link.
 */
export function renderBadge(model: BadgeModel, m: PartnerBadgeMessages, actions: BadgeActions): TemplateResult {
  const dates = formatDates(model.start, model.end, model.locale);
  const content = html`${model.showLogo && model.logo
      ? html`<img part="logo" class="logo" src=${model.logo} alt="" @error=${actions.onLogoError} />`
      : nothing}<span class="text">
      <span part="tier" class="tier" dir="auto">${model.tier}</span>
      <span part="event" class="event" dir="auto">${model.event}</span>
      ${dates ? html`<span class="dates"><span class="visually-hidden">${m.datesPrefix}</span>${dates}</span>` : nothing}
    </span>`;
  const classes = `badge ${model.layout}`;
  return model.href
    ? html`<a part="badge link" class=${classes} href=${model.href} rel="noopener noreferrer">${content}</a>`
    : html`<div part="badge" class=${classes}>${content}</div>`;
}

/**
 * The badge's view: its styles, and a render that reads the element's derived model and never
 * writes to it, and the element's content (badge-content.ts), so that what the badge derives
 * comes with its view. `src/define/partner-badge.ts` attaches it directly (the entry loads
 * nothing later); the all-in-one bundle loads it on first use.
 */
export const partnerBadgeView: PartnerBadgeView = {
  // One sheet for the page, made when the first badge renders (none exists outside a browser).
  get styles() {
    return sheetOf(partnerBadgeStyles);
  },
  render({ ctx, badge }, actions) {
    const m = ctx.messages(partnerBadgeMessages);
    return badge ? renderBadge(badge, m, actions) : ctx.empty(m.noPartner);
  },
  content: (host) => new BadgeContent(host),
};
