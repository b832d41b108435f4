import type { Feed, Partner, Tier } from '../feed/types.js';
import { commaList } from '../internal/text-lists.js';

/** The number of logo sizes: tiers beyond the last step use the last size. */
export const logoSteps = 4;

/** One tier as the wall shows it: the tier, its size step, and its partners in feed order. */
export interface PartnerGroup {
  tier: Tier;
  /**
   * The logo size step, 1 to `logoSteps`: the tier's place among the distinct ranks of the feed's
   * tiers that have partners (the lowest rank is step 1). So ranks 10/20/30 size like 1/2/3, a
   * top tier still without partners does not shrink the others, and the `tier` filter does not
   * change a tier's size.
   */
  step: number;
  partners: Partner[];
}

/**
 * The `tier` attribute as a list of tier ids: comma-separated, spaces trimmed, blanks ignored.
 * Undefined when no tier is named (show every tier).
 */
export function parseTierFilter(value: string | null | undefined): string[] | undefined {
  if (typeof value !== 'string') return undefined;
  const ids = commaList(value);
  return ids.length > 0 ? ids : undefined;
}

const rankOf = (tier: Tier) => (Number.isFinite(tier.rank) ? tier.rank : Number.POSITIVE_INFINITY);

/**
 * Partners grouped by tier: tiers by `rank` (ties keep the feed's order), partners in the feed's
 * order within a tier. Tiers without a partner to show are left out, as are partners whose tier
 * is unknown (the reader already drops those; this stays safe if it did not). `filter` keeps
 * those tier ids, `partnerFilter` those partner ids; neither changes a tier's size step.
 */
export function groupPartners(
  feed: Pick<Feed, 'tiers' | 'partners'>,
  filter?: readonly string[],
  partnerFilter?: readonly string[],
): PartnerGroup[] {
  const seen = new Set<string>();
  // The first tier with an id wins, as the reader does with duplicate ids.
  const tiers = (Array.isArray(feed.tiers) ? feed.tiers : []).filter(
    (tier) => !seen.has(tier.id) && seen.add(tier.id),
  );
  const partners = Array.isArray(feed.partners) ? feed.partners : [];
  const used = new Set(partners.map((partner) => partner.tier));
  const ranks = [...new Set(tiers.filter((tier) => used.has(tier.id)).map(rankOf))].sort((a, b) => a - b);
  const wanted = filter ? new Set(filter) : undefined;
  const groups = new Map<string, PartnerGroup>();
  const ordered = tiers
    .map((tier, index) => ({ tier, index }))
    .sort((a, b) => rankOf(a.tier) - rankOf(b.tier) || a.index - b.index);
  for (const { tier } of ordered) {
    if (wanted && !wanted.has(tier.id)) continue;
    const step = Math.min(logoSteps, ranks.indexOf(rankOf(tier)) + 1);
    groups.set(tier.id, { tier, step, partners: [] });
  }
  const chosen = partnerFilter ? new Set(partnerFilter) : undefined;
  for (const partner of partners) if (!chosen || chosen.has(partner.id)) groups.get(partner.tier)?.partners.push(partner);
  return [...groups.values()].filter((group) => group.partners.length > 0);
}
