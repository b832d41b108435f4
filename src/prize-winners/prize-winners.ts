import { nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Feed } from '../feed/types.js';
import { DeepLinkController } from '../internal/deep-link.js';
import { viewOf, type ViewSource } from '../internal/element-view.js';
import { LazyModule } from '../internal/lazy-module.js';
import { WsisElement } from '../internal/wsis-element.js';
import type { AwardRef, Chosen, Derived, PrizeWinnersActions, PrizeWinnersView } from './model.js';

export type { AwardRef, Chosen, FilterKey } from './model.js';

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

  /**
   * The view (prize-winners-view.ts): src/define/prize-winners.ts attaches it, the all-in-one
   * bundle a loader of it.
   */
  static view?: ViewSource<PrizeWinnersView>;

  protected override viewCode = new LazyModule<PrizeWinnersView>(this, `<${this.localName}>`, () =>
    viewOf(this.constructor as typeof WsisPrizeWinners),
  );

  /** The visitor's choices in the widget's selects. */
  @state() private chosen: Chosen = {};
  /** Image URLs that failed to load: shown as a fallback. */
  @state() private failedImages: ReadonlySet<string> = new Set();
  /** Whether the visitor changed a filter: then the result count is announced. */
  @state() private announce = false;
  /** The award a `#award=` link points to. */
  @state() private highlighted?: AwardRef;

  private derived?: Derived;
  private derivedFrom: unknown[] = [];
  /** The `#award=` link is to be followed once feed and view are here. */
  private linkPending = false;
  /** Focus the highlighted award after the next render. */
  private focusPending = false;
  /** Focus the first filter after the next render (its content was cleared). */
  private focusFiltersPending = false;

  private readonly links = new DeepLinkController(
    this,
    () => 'award',
    () => {
      this.linkPending = true;
      this.requestUpdate();
    },
    'award',
  );

  private readonly actions: PrizeWinnersActions = {
    choose: (key, value) => {
      this.chosen = { ...this.chosen, [key]: value };
      this.announce = true;
    },
    clear: () => {
      this.chosen = {};
      this.announce = true;
      this.focusFiltersPending = true;
    },
    imageFailed: (url) => {
      if (!this.failedImages.has(url)) this.failedImages = new Set([...this.failedImages, url]);
    },
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.linkPending = true;
  }

  /** Derives what to show (again only when the feed, the scope or a choice changed) and follows a `#award=` link. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const feed = this.feedState.feed;
    const view = this.viewCode.module;
    if (!feed || !view) return;
    let derived = this.derive(view, feed);
    if (!this.linkPending) return;
    this.linkPending = false;
    const award = this.links.get();
    if (!award) {
      this.highlighted = undefined;
      return;
    }
    const target = { award, prize: this.links.get('prize') || undefined };
    let found = view.findAward(derived.views, target);
    if (!found && view.findAward(derived.scope, target)) {
      // The visitor's own filters hide it: clear them so that the link works.
      this.chosen = {};
      derived = this.derive(view, feed);
      found = view.findAward(derived.views, target);
    }
    // A link to an award that is not here removes an earlier highlight.
    this.highlighted = found;
    this.focusPending = Boolean(found);
  }

  private derive(view: PrizeWinnersView, feed: Feed): Derived {
    const { partner, prize, year, category, rank } = this;
    const scope = { partner, prize, year, category, rank };
    const inputs = [feed, partner, prize, year, category, rank, this.chosen];
    if (!this.derived || inputs.some((value, i) => value !== this.derivedFrom[i])) {
      this.derived = view.derive(feed, scope, this.chosen);
      this.derivedFrom = inputs;
    }
    return this.derived;
  }

  protected override renderFeed(feed: Feed): unknown {
    const view = this.viewCode.module;
    if (!view || !this.derived) return nothing;
    const { chosen, announce, highlighted, failedImages } = this;
    return view.render({ ctx: this.context, feed, derived: this.derived, chosen, announce, highlighted, failedImages }, this.actions);
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
