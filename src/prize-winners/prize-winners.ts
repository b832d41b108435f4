import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { WsisElement } from '../internal/wsis-element.js';
import type { PrizeWinnersRenderer } from './prize-winners-renderer.js';

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
 * Prizes, their categories and their winners, from a WSIS feed.
 *
 * Each prize shows its name (a heading), year and description, then its awards grouped by
 * category in the prize's category order (awards without a category last), and within a
 * category by rank: winner, champion, finalist, honourable mention. A prize whose awards the
 * feed does not list shows its description, its categories and a short note.
 *
 * The `prize`, `year`, `category` and `rank` attributes set the widget's scope; inside it,
 * visitors narrow further with compact selects, each shown only when there is more than one
 * value to choose from. A link to `#award=<id>` (optionally `&prize=<id>`) scrolls to that
 * award, highlights and focuses it, on load and when the hash changes.
 *
 * @summary Prizes, categories and winners, with filters and deep links to an award.
 * @tag wsis-prize-winners
 *
 * @attr src - URL of a feed (feed-v1). Elements naming the same URL share one request.
 * @attr lang - UI and content language; default: the nearest ancestor's `lang`.
 * @attr refresh - Seconds between background re-reads of `src`.
 * @attr heading-level - Level (2–6) of the prize names; categories and awards go one and two below.
 * @attr theme - `light` (default), `dark` or `auto`.
 * @attr partner - Comma-separated partner ids: only the prizes they sponsor (feed `prizes[].sponsors`).
 *
 * @fires wsis-load - `detail: {feed, warnings}` after a document is read.
 * @fires wsis-error - `detail: {kind, message, status?}` when no document could be read.
 *
 * @csspart root - The widget's box.
 * @csspart loading - Shown while the first document loads.
 * @csspart error - Shown (with `role="alert"`) when no document could be read.
 * @csspart retry - The error state's retry button.
 * @csspart empty - Shown when the filters leave nothing (with a "Clear filters" button when the visitor's choices caused it).
 * @csspart filters - The bar of filter selects.
 * @csspart filter - One filter's label and select (`data-filter` = prize, year, category or rank).
 * @csspart clear-filters - The buttons that clear the visitor's filter choices.
 * @csspart results - A visually hidden live region that announces the number of prizes and awards shown after the visitor changes a filter.
 * @csspart prize - One prize (`data-id` = the prize's id).
 * @csspart prize-name - The prize's heading.
 * @csspart prize-year - The prize's year.
 * @csspart prize-description - Each paragraph of the prize's description.
 * @csspart prize-link - The link to the prize's page.
 * @csspart categories-heading - The "Categories" heading above that list.
 * @csspart categories - The list of a prize's categories, shown when its awards are not listed.
 * @csspart not-listed - The "Winners not listed in this feed" note.
 * @csspart category - A category's group of awards (`data-category` = the category id; absent for awards without a category).
 * @csspart category-name - A category group's heading.
 * @csspart award - One award (`data-id`, `data-prize` and `data-rank`).
 * @csspart award-highlighted - Also on the award a `#award=` link points to.
 * @csspart award-title - The award's heading (the entry's title, else the recipient).
 * @csspart rank - The rank badge (a word); also `rank-winner`, `rank-champion`, `rank-finalist`, `rank-honourable-mention`.
 * @csspart award-recipient - The recipient, when the award has a title.
 * @csspart award-country - The recipient's country, as a name in the widget's language.
 * @csspart award-image - The award's image.
 * @csspart award-image-fallback - What replaces an image that failed to load.
 * @csspart award-description - The award's description (a `<details>` when longer than 200 characters).
 * @csspart disclosure - The `<summary>` of a long description.
 * @csspart award-link - The link to the award's page.
 *
 * @cssprop [--wsis-prize-winners-card-min=240px] - Narrowest award card before the grid wraps.
 * @cssprop [--wsis-prize-winners-gap=16px] - Space between award cards.
 * @cssprop [--wsis-prize-winners-image-ratio=16 / 9] - Aspect ratio of the space kept for an award image.
 * @cssprop [--wsis-prize-winners-highlight=var(--wsis-color-accent)] - Outline of the award a `#award=` link points to.
 * @cssprop [--wsis-prize-winners-winner=#8a6d00] - Border colour of the winner badge (dark theme: #e6c200).
 * @cssprop [--wsis-prize-winners-champion=#0b5cab] - Border colour of the champion badge (dark theme: #8ab4f8).
 * @cssprop [--wsis-prize-winners-finalist=#4b5563] - Border colour of the finalist badge (dark theme: #aab2bc).
 * @cssprop [--wsis-prize-winners-honourable-mention=#7a4a8c] - Border colour of the honourable-mention badge (dark theme: #d7aefb).
 * @cssprop [--wsis-color-accent=#0b5cab] - Links, focus and highlight (shared token; see the other `--wsis-*` tokens in the docs).
 */
export class WsisPrizeWinners extends WsisElement {
  /** Comma-separated partner ids: only the prizes they sponsor (feed `prizes[].sponsors`); default all. */
  @property() partner?: string;

  /** Comma-separated prize ids to show; default all. */
  @property() prize?: string;

  /** Comma-separated years to show (`2021,2022`); default all. */
  @property() year?: string;

  /** Comma-separated category ids whose awards to show; default all. */
  @property() category?: string;

  /** Comma-separated ranks to show (`winner,champion`, also `finalist`, `honourable-mention`); default all. */
  @property() rank?: string;

  // What follows is shared with the renderer (prize-winners-renderer.ts), loaded apart.

  /** @internal The visitor's choices in the widget's selects. */
  @state() chosen: Chosen = {};

  /** @internal Image URLs that failed to load: shown as a fallback. */
  @state() failedImages: ReadonlySet<string> = new Set();

  /** @internal Whether the visitor changed a filter: then the result count is announced. */
  @state() announce = false;

  /** @internal The award a `#award=` link points to. */
  @state() highlighted?: AwardRef;

  /** @internal A location hash not yet resolved (the renderer reads it once feed and code are here). */
  pendingHash?: string;
  /** @internal Focus the highlighted award after the next render. */
  focusPending = false;
  /** @internal Focus the first filter after the next render (its content was cleared). */
  focusFiltersPending = false;

  /** @internal The hash last resolved: a late `hashchange` for it (WebKit) is not a second scroll. */
  resolvedHash?: string;

  private readonly onHashChange = () => {
    if (location.hash === this.resolvedHash) return;
    this.pendingHash = location.hash;
    this.requestUpdate();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.pendingHash = location.hash;
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const feed = this.feedState.feed;
    // Derives the shown prizes and resolves a `#award=` link (may clear the visitor's choices).
    if (feed) (this.renderer as PrizeWinnersRenderer | undefined)?.prepare(this, feed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const root = this.renderRoot;
    const ref = this.highlighted;
    if (this.focusPending && ref) {
      const card = [...root.querySelectorAll<HTMLElement>('[part~="award"]')].find(
        (award) => award.dataset.id === ref.award && award.dataset.prize === ref.prize,
      );
      if (card) {
        this.focusPending = false;
        const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
        card.focus({ preventScroll: true });
        card.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
      }
    }
    if (this.focusFiltersPending) {
      this.focusFiltersPending = false;
      root.querySelector<HTMLElement>('[part~="filter"] select')?.focus();
    }
  }
}
