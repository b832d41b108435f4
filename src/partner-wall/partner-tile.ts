import { html, nothing, type TemplateResult } from 'lit';
import { textFor } from '../feed/text.js';
import type { Partner } from '../feed/types.js';
import { EXTERNAL_REL, safeUrl } from '../internal/safe-url.js';
import { countryName } from './country.js';
import type { PartnerWallMessages } from './messages/en.js';

/** Default logo box heights in px per size step; only the img's width/height hints use them. */
const stepHeights = [120, 96, 80, 64];

/** What a partner tile needs from the wall. */
export interface TileContext {
  /** BCP 47 tag for content and Intl. */
  locale: string;
  messages: PartnerWallMessages;
  /** The tier's size step (1…4). */
  step: number;
  /** Logo URLs that failed to load: shown as name tiles. */
  brokenLogos: ReadonlySet<string>;
  /** Ids of partners whose description is open. */
  openDescriptions: ReadonlySet<string>;
  /** The id of the description element of a partner, unique in the shadow root. */
  descriptionId: (partnerId: string) => string;
  onLogoError: (url: string) => void;
  onToggleDescription: (partnerId: string) => void;
}

/**
 * A partner's face: its logo (`height` × 2 wide, as a size hint), or its name when it has no
 * logo or the logo failed. `onError` hears the URL of a logo that failed.
 */
export function renderFace(
  name: string,
  logo: string | undefined,
  height: number,
  onError: (url: string) => void,
): TemplateResult {
  return logo !== undefined
    ? html`<img
        part="logo"
        class="logo"
        src=${logo}
        alt=${name}
        width=${height * 2}
        height=${height}
        loading="lazy"
        decoding="async"
        @error=${() => onError(logo)}
      />`
    : html`<span part="name" class="name" dir="auto">${name}</span>`;
}

/**
 * One partner: its logo (or, with no logo or a broken one, a tile with its name) linking to its
 * site, its country, and a disclosure button for its description.
 */
export function renderPartner(partner: Partner, ctx: TileContext): TemplateResult {
  const m = ctx.messages;
  const name = textFor(partner.name, ctx.locale) || partner.id;
  const logo = safeUrl(partner.logo, true);
  const href = safeUrl(partner.url);
  const showLogo = logo !== undefined && !ctx.brokenLogos.has(logo);
  const height = stepHeights[Math.min(stepHeights.length, Math.max(1, ctx.step)) - 1];
  const face = renderFace(name, showLogo ? logo : undefined, height, ctx.onLogoError);
  const tileClass = showLogo ? 'tile has-logo' : 'tile has-name';
  const country = countryName(partner.country, ctx.locale);
  const description = textFor(partner.description, ctx.locale);
  const open = ctx.openDescriptions.has(partner.id);
  const descriptionId = ctx.descriptionId(partner.id);
  return html`<li part="partner" class="partner" data-id=${partner.id}>
    ${href
      ? html`<a part="link" class=${tileClass} href=${href} rel=${EXTERNAL_REL}>${face}</a>`
      : html`<div class=${tileClass}>${face}</div>`}
    ${country
      ? html`<p part="country" class="country">
          <span class="visually-hidden">${m.countryPrefix}</span>${country}
        </p>`
      : nothing}
    ${description
      ? html`<button
            part="more"
            class="more"
            type="button"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${descriptionId}
            aria-label=${m.moreAbout(name)}
            @click=${() => ctx.onToggleDescription(partner.id)}
          >
            <span class="chevron-box icon-directional" aria-hidden="true"><span class="chevron"></span></span
            >${m.more}
          </button>
          <p part="description" class="description" id=${descriptionId} dir="auto" ?hidden=${!open}>
            ${description}
          </p>`
      : nothing}
  </li>`;
}
