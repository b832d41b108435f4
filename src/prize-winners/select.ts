import type { Award, AwardRank, Prize, PrizeCategory } from '../feed/types.js';
import { commaList } from '../internal/text-lists.js';

/** The four ranks, best first: the order of awards within a category. */
export const rankOrder: readonly AwardRank[] = ['winner', 'champion', 'finalist', 'honourable-mention'];

/** A set of accepted values; `undefined` means "any". */
export type Choice = ReadonlySet<string> | undefined;

/** What narrows the prizes shown: each field a set of accepted values, or undefined for all. */
export interface PrizeFilter {
  prize?: Choice;
  year?: Choice;
  category?: Choice;
  rank?: Choice;
}

/** A category's awards, already in rank order; `category` undefined for awards without one. */
export interface AwardGroup {
  category?: PrizeCategory;
  awards: Award[];
}

/** One prize as shown: its awards grouped, and the categories to list when it has no awards. */
export interface PrizeView {
  prize: Prize;
  groups: AwardGroup[];
  /** Categories kept by the filter (in the prize's order), listed when the prize has no awards. */
  categories: PrizeCategory[];
}

/**
 * `"a, b,,c"` → `{a, b, c}`; empty or absent → undefined (no filter). A script may also set the
 * property to a number (`el.year = 2021`) or an array (`el.rank = ['winner', 'champion']`).
 */
export function parseList(value: unknown): Choice {
  const items = commaList(value);
  return items.length > 0 ? new Set(items) : undefined;
}

/** Both filters at once: a value passes when every set that is given accepts it. */
export function intersect(a: Choice, b: Choice): Choice {
  if (!a) return b;
  if (!b) return a;
  return new Set([...a].filter((value) => b.has(value)));
}

const accepts = (choice: Choice, value: string | undefined) =>
  !choice || (value !== undefined && choice.has(value));

const rankIndex = (rank: AwardRank) => {
  const index = rankOrder.indexOf(rank);
  return index === -1 ? rankOrder.length : index;
};

/**
 * A prize's awards grouped by category in the prize's category order, awards without a known
 * category in one group after them; within a group by rank (winner, champion, finalist,
 * honourable mention), then in feed order.
 */
export function groupAwards(prize: Prize, awards: readonly Award[]): AwardGroup[] {
  const categories = prize.categories ?? [];
  const byCategory = new Map<string | undefined, Award[]>();
  const known = new Set(categories.map((category) => category.id));
  for (const award of awards) {
    const key = award.category !== undefined && known.has(award.category) ? award.category : undefined;
    const list = byCategory.get(key) ?? [];
    list.push(award);
    byCategory.set(key, list);
  }
  const sortByRank = (list: Award[]) =>
    list
      .map((award, index) => ({ award, index }))
      .sort((a, b) => rankIndex(a.award.rank) - rankIndex(b.award.rank) || a.index - b.index)
      .map(({ award }) => award);
  const groups: AwardGroup[] = [];
  for (const category of categories) {
    const list = byCategory.get(category.id);
    if (list) groups.push({ category, awards: sortByRank(list) });
  }
  const loose = byCategory.get(undefined);
  if (loose) groups.push({ awards: sortByRank(loose) });
  return groups;
}

/**
 * The prizes to show, in feed order. `prize` and `year` select prizes; `category` and `rank`
 * select awards, and a prize stays only if some award is left — except that a prize with no
 * awards in the feed stays under a category filter when it lists that category (so that its
 * categories can still be shown).
 */
export function selectPrizes(prizes: readonly Prize[], filter: PrizeFilter): PrizeView[] {
  const views: PrizeView[] = [];
  const narrowsAwards = Boolean(filter.category || filter.rank);
  for (const prize of prizes) {
    if (!accepts(filter.prize, prize.id) || !accepts(filter.year, String(prize.year))) continue;
    const awards = prize.awards.filter(
      (award) => accepts(filter.category, award.category) && accepts(filter.rank, award.rank),
    );
    const categories = (prize.categories ?? []).filter((category) => accepts(filter.category, category.id));
    if (narrowsAwards && awards.length === 0) {
      const keepForCategories = !filter.rank && prize.awards.length === 0 && categories.length > 0;
      if (!keepForCategories) continue;
    }
    views.push({ prize, groups: groupAwards(prize, awards), categories });
  }
  return views;
}

/** The values a visitor can choose among, from the prizes in the embedder's scope. */
export interface FilterOptions {
  prizes: Prize[];
  years: number[];
  categories: PrizeCategory[];
  ranks: AwardRank[];
}

/** Distinct prizes, years (newest first), categories (first seen wins) and ranks (best first). */
export function filterOptions(views: readonly PrizeView[]): FilterOptions {
  const years = new Set<number>();
  const categories = new Map<string, PrizeCategory>();
  const ranks = new Set<AwardRank>();
  for (const { prize, groups, categories: listed } of views) {
    years.add(prize.year);
    for (const category of listed) if (!categories.has(category.id)) categories.set(category.id, category);
    for (const group of groups) for (const award of group.awards) ranks.add(award.rank);
  }
  return {
    prizes: views.map((view) => view.prize),
    years: [...years].sort((a, b) => b - a),
    categories: [...categories.values()],
    ranks: rankOrder.filter((rank) => ranks.has(rank)),
  };
}

/**
 * Where `#award=<id>` (optionally `&prize=<id>`) points, or undefined. Read with
 * URLSearchParams, so ids may be percent-encoded.
 */
export function parseAwardHash(hash: string): { award: string; prize?: string } | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const award = params.get('award');
  if (!award) return undefined;
  const prize = params.get('prize') ?? undefined;
  return { award, prize: prize || undefined };
}
