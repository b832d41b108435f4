import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { textFor } from '../feed/text.js';
import type { Feed, Prize, PrizeCategory } from '../feed/types.js';
import { safeUrl } from '../internal/safe-url.js';
import { WsisElement } from '../internal/wsis-element.js';
import { paragraphs, rankLabel, renderAwardCard } from './award-card.js';
import { formatCount, formatYear } from './intl.js';
import { prizeWinnersMessages } from './messages/index.js';
import type { PrizeWinnersMessages } from './messages/en.js';
import { prizeWinnersStyles } from './prize-winners.styles.js';
import {
  filterOptions,
  intersect,
  parseAwardHash,
  parseList,
  selectPrizes,
  type FilterOptions,
  type PrizeFilter,
  type PrizeView,
} from './select.js';

type FilterKey = 'prize' | 'year' | 'category' | 'rank';
const filterKeys: readonly FilterKey[] = ['prize', 'year', 'category', 'rank'];
type Chosen = Record<FilterKey, string>;
const noChoice: Chosen = { prize: '', year: '', category: '', rank: '' };

interface AwardRef {
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
  static override styles = [...WsisElement.styles, prizeWinnersStyles];

  /** Comma-separated prize ids to show; default all. */
  @property() prize?: string;

  /** Comma-separated years to show (`2021,2022`); default all. */
  @property() year?: string;

  /** Comma-separated category ids whose awards to show; default all. */
  @property() category?: string;

  /** Comma-separated ranks to show (`winner,champion`, also `finalist`, `honourable-mention`); default all. */
  @property() rank?: string;

  /** The visitor's choices in the widget's selects ('' = all). */
  @state() private chosen: Chosen = noChoice;

  /** Image URLs that failed to load: shown as a fallback. */
  @state() private failedImages: ReadonlySet<string> = new Set();

  /** Whether the visitor changed a filter: then the result count is announced. */
  @state() private announce = false;

  /** The award a `#award=` link points to. */
  @state() private highlighted?: AwardRef;

  private pendingTarget?: { award: string; prize?: string };
  private focusPending = false;
  private focusFiltersPending = false;

  private scope: PrizeView[] = [];
  private options: FilterOptions = { prizes: [], years: [], categories: [], ranks: [] };
  private views: PrizeView[] = [];
  private derivedFrom: unknown[] = [];

  private readonly onHashChange = () => {
    const target = parseAwardHash(location.hash);
    this.pendingTarget = target;
    if (!target) this.highlighted = undefined;
    this.requestUpdate();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.pendingTarget = parseAwardHash(location.hash);
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const feed = this.feedState.feed;
    if (!feed) return;
    this.derive(feed);
    const target = this.pendingTarget;
    if (target) {
      this.pendingTarget = undefined;
      const matches = (views: PrizeView[]) => findAward(views, target);
      let found = matches(this.views);
      if (!found && matches(this.scope)) {
        // The visitor's own filters hide it: clear them so that the link works.
        this.chosen = noChoice;
        this.derive(feed);
        found = matches(this.views);
      }
      // A link to an award that is not here removes an earlier highlight.
      this.highlighted = found;
      this.focusPending = Boolean(found);
    }
  }

  /** Recomputes the shown prizes when the feed, the filters or the visitor's choices change. */
  private derive(feed: Feed): void {
    const inputs = [feed, this.prize, this.year, this.category, this.rank, this.chosen];
    if (inputs.length === this.derivedFrom.length && inputs.every((value, i) => value === this.derivedFrom[i])) {
      return;
    }
    this.derivedFrom = inputs;
    const scopeFilter: PrizeFilter = {
      prize: parseList(this.prize),
      year: parseList(this.year),
      category: parseList(this.category),
      rank: parseList(this.rank),
    };
    this.scope = selectPrizes(feed.prizes, scopeFilter);
    this.options = filterOptions(this.scope);
    const chosen = this.chosen;
    const filter: PrizeFilter = {};
    for (const key of filterKeys) {
      filter[key] = intersect(scopeFilter[key], chosen[key] ? new Set([chosen[key]]) : undefined);
    }
    this.views = selectPrizes(feed.prizes, filter);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusPending && this.highlighted) {
      const card = this.awardElement(this.highlighted);
      if (card) {
        this.focusPending = false;
        const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
        card.focus({ preventScroll: true });
        card.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
      }
    }
    if (this.focusFiltersPending) {
      this.focusFiltersPending = false;
      this.renderRoot.querySelector<HTMLElement>('[part~="filter"] select')?.focus();
    }
  }

  private awardElement(ref: AwardRef): HTMLElement | undefined {
    const cards = this.renderRoot.querySelectorAll<HTMLElement>('[part~="award"]');
    return [...cards].find((card) => card.dataset.id === ref.award && card.dataset.prize === ref.prize);
  }

  protected override renderFeed(feed: Feed): TemplateResult {
    const m = this.locale.messages(prizeWinnersMessages);
    if (feed.prizes.length === 0) return this.renderEmpty(m.noPrizes);
    const visitorFiltered = filterKeys.some((key) => this.chosen[key] !== '');
    return html`${this.renderFilters(m, visitorFiltered)}
    ${this.views.length === 0
      ? this.renderEmpty(m.noMatch, visitorFiltered ? this.renderClearButton(m) : undefined)
      : html`<div class="prizes">${this.views.map((view) => this.renderPrize(view, m))}</div>`}`;
  }

  private renderClearButton(m: PrizeWinnersMessages): TemplateResult {
    return html`<button class="button" part="clear-filters" type="button" @click=${this.clearChoices}>
      ${m.clearFilters}
    </button>`;
  }

  private readonly clearChoices = () => {
    this.chosen = noChoice;
    this.announce = true;
    this.focusFiltersPending = true;
  };

  private renderFilters(m: PrizeWinnersMessages, visitorFiltered: boolean): unknown {
    const locale = this.locale.locale;
    const { prizes, years, categories, ranks } = this.options;
    const selects = [
      prizes.length > 1
        ? this.renderSelect('prize', m.filterPrize, m.allPrizes, prizes.map((p) => [p.id, prizeLabel(p, prizes, locale)]))
        : nothing,
      years.length > 1
        ? this.renderSelect('year', m.filterYear, m.allYears, years.map((y) => [String(y), formatYear(y, locale)]))
        : nothing,
      categories.length > 1
        ? this.renderSelect('category', m.filterCategory, m.allCategories, categories.map((c) => [c.id, textFor(c.name, locale)]))
        : nothing,
      ranks.length > 1
        ? this.renderSelect('rank', m.filterRank, m.allRanks, ranks.map((r) => [r, rankLabel(r, m)]))
        : nothing,
    ];
    if (selects.every((select) => select === nothing)) return nothing;
    const awards = this.views.reduce(
      (sum, view) => sum + view.groups.reduce((n, group) => n + group.awards.length, 0),
      0,
    );
    return html`<div class="filters" part="filters" role="group" aria-label=${m.filtersLabel}>
      ${selects} ${visitorFiltered ? this.renderClearButton(m) : nothing}
      <p class="visually-hidden" part="results" role="status">
        ${this.announce ? m.results(formatCount(this.views.length, locale), formatCount(awards, locale)) : ''}
      </p>
    </div>`;
  }

  private renderSelect(key: FilterKey, label: string, all: string, values: [string, string][]): TemplateResult {
    const current = this.chosen[key];
    return html`<div class="filter" part="filter" data-filter=${key}>
      <label for="filter-${key}">${label}</label>
      <select
        id="filter-${key}"
        @change=${(event: Event) => {
          this.chosen = { ...this.chosen, [key]: (event.target as HTMLSelectElement).value };
          this.announce = true;
        }}
      >
        <option value="" .selected=${current === ''}>${all}</option>
        ${values.map(([value, text]) => html`<option value=${value} .selected=${current === value}>${text}</option>`)}
      </select>
    </div>`;
  }

  private renderPrize(view: PrizeView, m: PrizeWinnersMessages): TemplateResult {
    const { prize } = view;
    const locale = this.locale.locale;
    const name = textFor(prize.name, locale);
    const description = textFor(prize.description, locale).trim();
    const link = safeUrl(prize.url);
    return html`<article class="prize" part="prize" data-id=${prize.id}>
      <header class="prize-header">
        ${this.heading(0, name, 'prize-name')}
        <p class="prize-year" part="prize-year">${formatYear(prize.year, locale)}</p>
      </header>
      ${description ? html`<div class="prize-description">${paragraphs(description, 'prize-description')}</div>` : nothing}
      ${prize.awards.length === 0 ? this.renderUnlisted(view, m) : this.renderGroups(view, m)}
      ${link
        ? html`<p class="prize-link"><a part="prize-link" href=${link} rel="noopener noreferrer">${m.prizePage(name)}</a></p>`
        : nothing}
    </article>`;
  }

  private renderUnlisted(view: PrizeView, m: PrizeWinnersMessages): TemplateResult {
    const locale = this.locale.locale;
    return html`${view.categories.length > 0
        ? html`${this.heading(1, m.categories, 'categories-heading')}
            <ul class="categories" part="categories">
              ${view.categories.map((c) => html`<li data-category=${c.id}>${textFor(c.name, locale)}</li>`)}
            </ul>`
        : nothing}
      <p class="not-listed" part="not-listed">${m.notListed}</p>`;
  }

  private renderGroups(view: PrizeView, m: PrizeWinnersMessages): TemplateResult {
    const grouped = view.groups.some((group) => group.category);
    if (!grouped) {
      return html`${view.groups.map((group) => this.renderAwardList(view.prize, group.awards, 1, m))}`;
    }
    return html`${view.groups.map(
      (group) => html`<section class="category" part="category" data-category=${group.category?.id ?? nothing}>
        ${this.heading(1, categoryName(group.category, this.locale.locale, m), 'category-name')}
        ${this.renderAwardList(view.prize, group.awards, 2, m)}
      </section>`,
    )}`;
  }

  private renderAwardList(prize: Prize, awards: PrizeView['groups'][number]['awards'], depth: number, m: PrizeWinnersMessages): TemplateResult {
    const locale = this.locale.locale;
    const highlighted = this.highlighted;
    return html`<ul class="awards" role="list">
      ${awards.map((award) =>
        renderAwardCard(award, {
          locale,
          messages: m,
          prizeId: prize.id,
          heading: (content) => this.heading(depth, content, 'award-title'),
          highlighted: highlighted?.prize === prize.id && highlighted.award === award.id,
          imageFailed: (url) => this.failedImages.has(url),
          onImageError: (url) => {
            this.failedImages = new Set([...this.failedImages, url]);
          },
        }),
      )}
    </ul>`;
  }
}

function categoryName(category: PrizeCategory | undefined, locale: string, m: PrizeWinnersMessages): string {
  return category ? textFor(category.name, locale) : m.otherAwards;
}

/** A prize's name in the select, with its year when two prizes share a name. */
function prizeLabel(prize: Prize, all: readonly Prize[], locale: string): string {
  const name = textFor(prize.name, locale);
  const twin = all.some((other) => other !== prize && textFor(other.name, locale) === name);
  return twin ? `${name} (${formatYear(prize.year, locale)})` : name;
}

function findAward(views: readonly PrizeView[], target: { award: string; prize?: string }): AwardRef | undefined {
  for (const { prize, groups } of views) {
    if (target.prize && prize.id !== target.prize) continue;
    for (const group of groups) {
      if (group.awards.some((award) => award.id === target.award)) return { prize: prize.id, award: target.award };
    }
  }
  return undefined;
}
