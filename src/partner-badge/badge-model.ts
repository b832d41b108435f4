import { textFor } from '../feed/text.js';
import type { Feed } from '../feed/types.js';
import { safeUrl } from '../internal/safe-url.js';

/** What the badge shows, derived from the feed, the partner id and the language. Plain data. */
export interface BadgeModel {
  /** The partner's tier in words: the feed's tier name ("Platinum Partner"). */
  tier: string;
  /** The event's name ("WSIS Forum 2021"). */
  event: string;
  /** The event's first and last days (`YYYY-MM-DD`); the view writes them as a range in the language. */
  start: string;
  end: string;
  /** The event's logo (http(s) or data:image), if any. */
  logo?: string;
  /** The event's site (http(s)), if any. */
  href?: string;
  /** BCP 47 tag for the dates. */
  locale: string;
  layout: 'horizontal' | 'vertical';
  /** False once the logo failed to load. */
  showLogo: boolean;
}

/** What the element passes in besides the feed. */
export interface BadgeInput {
  partner: string | undefined;
  locale: string;
  layout: string;
  /** A logo URL that failed to load. */
  brokenLogo?: string;
}

/**
 * The badge of `partnerId` at the feed's event, or undefined when the feed has no such partner
 * (or its tier is gone). Never throws on a feed that was read.
 */
export function badgeModel(feed: Feed, { partner: partnerId, locale, layout, brokenLogo }: BadgeInput): BadgeModel | undefined {
  const id = partnerId?.trim();
  if (!id) return undefined;
  const partner = feed.partners.find((p) => p.id === id);
  const tier = partner && feed.tiers.find((t) => t.id === partner.tier);
  if (!tier) return undefined;
  const event = feed.event;
  const logo = safeUrl(event.logo, true);
  return {
    tier: textFor(tier.name, locale) || tier.id,
    event: textFor(event.name, locale) || event.id,
    start: event.start,
    end: event.end,
    logo,
    href: safeUrl(event.url),
    locale,
    layout: layout === 'vertical' ? 'vertical' : 'horizontal',
    showLogo: logo !== undefined && logo !== brokenLogo,
  };
}
