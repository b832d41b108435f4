import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Award, AwardRank, Text } from '../feed/types.js';
import { textFor } from '../feed/text.js';
import { EXTERNAL_REL, safeUrl } from '../internal/safe-url.js';
import { countryName } from '../i18n/intl-cache.js';
import type { PrizeWinnersMessages } from './messages/en.js';
import { paragraphsOf } from '../internal/text-lists.js';
import { isolate } from '../internal/bidi.js';

/** Descriptions longer than this sit behind a disclosure. */
export const longDescription = 200;

/** The localized word for a rank (the badge never relies on colour alone). */
export function rankLabel(rank: AwardRank, m: PrizeWinnersMessages): string {
  switch (rank) {
    case 'winner':
      return m.rankWinner;
    case 'champion':
      return m.rankChampion;
    case 'finalist':
      return m.rankFinalist;
    default:
      return m.rankHonourableMention;
  }
}

/** Plain-text paragraphs (feed text, each in its own direction): blank lines separate them. */
export function paragraphs(text: string, part?: string): TemplateResult[] {
  return paragraphsOf(text).map((para) => html`<p part=${ifDefined(part)} dir="auto">${para}</p>`);
}

/** A description: shown as is when short, behind a `<details>` disclosure when long. */
export function renderDescription(text: Text | undefined, locale: string, m: PrizeWinnersMessages): unknown {
  const value = textFor(text, locale).trim();
  if (value === '') return nothing;
  if (value.length <= longDescription) {
    return html`<div class="description" part="award-description">${paragraphs(value)}</div>`;
  }
  return html`<details class="description" part="award-description">
    <summary part="disclosure">${m.readDescription}</summary>
    ${paragraphs(value)}
  </details>`;
}

/** What an award card needs from its element. */
export interface AwardCardContext {
  locale: string;
  messages: PrizeWinnersMessages;
  /** The prize's id, on the card as `data-prize` (award ids are unique only within a prize). */
  prizeId: string;
  /** The card's heading, at the right level. */
  heading: (content: unknown) => TemplateResult;
  highlighted: boolean;
  /** Whether this image URL already failed to load. */
  imageFailed: (url: string) => boolean;
  onImageError: (url: string) => void;
}

/** Initials of a recipient for the image fallback: "Age Care Technologies" → "AC". */
function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .map((word) => [...word][0] ?? '')
    .filter((letter) => /\p{L}|\p{N}/u.test(letter));
  return letters.slice(0, 2).join('').toUpperCase();
}

function renderImage(award: Award, context: AwardCardContext): unknown {
  const url = safeUrl(award.image, true);
  if (!url) return nothing;
  if (context.imageFailed(url)) {
    return html`<div class="media fallback" part="award-image-fallback" aria-hidden="true">
      <span>${initials(award.recipient)}</span>
    </div>`;
  }
  // The entry's title and recipient are right beside the image: it is decorative for a reader.
  return html`<div class="media">
    <img
      part="award-image"
      src=${url}
      alt=""
      width="320"
      height="180"
      loading="lazy"
      decoding="async"
      @error=${() => context.onImageError(url)}
    />
  </div>`;
}

/**
 * One award: rank badge, entry title (or the recipient when there is no title) as a heading,
 * recipient, country, image, description and link.
 */
export function renderAwardCard(award: Award, context: AwardCardContext): TemplateResult {
  const { locale, messages: m } = context;
  const title = textFor(award.title, locale).trim();
  const name = title || award.recipient;
  const link = safeUrl(award.url);
  return html`<li
    class="award ${context.highlighted ? 'highlighted' : ''}"
    part="award${context.highlighted ? ' award-highlighted' : ''}"
    data-id=${award.id}
    data-prize=${context.prizeId}
    data-rank=${award.rank}
    tabindex=${ifDefined(context.highlighted ? -1 : undefined)}
  >
    ${renderImage(award, context)}
    <div class="award-body">
      ${context.heading(html`<span dir="auto">${name}</span>`)}
      <span class="rank rank-${award.rank}" part="rank rank-${award.rank}">${rankLabel(award.rank, m)}</span>
      ${title
        ? html`<p class="recipient" part="award-recipient" dir="auto">${award.recipient}</p>`
        : nothing}
      ${award.country
        ? html`<p class="country" part="award-country">${countryName(locale, award.country)}</p>`
        : nothing}
      ${renderDescription(award.description, locale, m)}
      ${link
        ? html`<a part="award-link" href=${link} rel=${EXTERNAL_REL}>${isolate(m.moreAbout, name)}</a>`
        : nothing}
    </div>
  </li>`;
}
