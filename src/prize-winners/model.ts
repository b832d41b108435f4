/**
 * What <wsis-prize-winners> hands its view (prize-winners-view.ts): the model it derives and the
 * actions the view may call. Types only, so that neither module imports the other's code.
 */
import type { Feed } from '../feed/types.js';
import type { ElementView, ViewContext } from '../internal/element-view.js';
import type { FilterOptions, PrizeView } from './select.js';

/** The widget's own filters, each a select shown when it has more than one value. */
export type FilterKey = 'prize' | 'year' | 'category' | 'rank';
/** The visitor's choice in each select; absent or '' = all. */
export type Chosen = Partial<Record<FilterKey, string>>;

/** An award on the page: award ids are unique only within a prize. */
export interface AwardRef {
  prize: string;
  award: string;
}

/**
 * The embedder's scope: the element's `prize`, `year`, `category` and `rank` attributes, and
 * `partner` (only the prizes those partners sponsor).
 */
export type Scope = Partial<Record<FilterKey | 'partner', string>>;

/** What the element shows for a feed, its scope and the visitor's choices. */
export interface Derived {
  /** The prizes in the embedder's scope (attributes only). */
  scope: PrizeView[];
  /** The values the selects offer. */
  options: FilterOptions;
  /** The prizes shown (scope and the visitor's choices). */
  views: PrizeView[];
}

export interface PrizeWinnersModel {
  ctx: ViewContext;
  feed: Feed;
  derived: Derived;
  chosen: Chosen;
  /** Whether the visitor changed a filter: then the result count is announced. */
  announce: boolean;
  /** The award a `#award=` link points to. */
  highlighted?: AwardRef;
  /** Image URLs that failed to load: shown as a fallback. */
  failedImages: ReadonlySet<string>;
}

export interface PrizeWinnersActions {
  /** The visitor chose `value` ('' = all) in the select of `key`. */
  choose(key: FilterKey, value: string): void;
  /** Clears the visitor's choices (then focus goes to the first filter). */
  clear(): void;
  imageFailed(url: string): void;
}

/** The view module: styles, the pure render, and the pure derivations the element calls. */
export interface PrizeWinnersView extends ElementView<PrizeWinnersModel, PrizeWinnersActions> {
  derive(feed: Feed, scope: Scope, chosen: Chosen): Derived;
  findAward(views: readonly PrizeView[], target: { award: string; prize?: string }): AwardRef | undefined;
}
