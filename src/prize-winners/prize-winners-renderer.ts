import { html, nothing, type TemplateResult } from 'lit';
import { prizesSponsoredBy } from '../feed/involvement.js';
import { textFor } from '../feed/text.js';
import type { Feed, Prize, PrizeCategory } from '../feed/types.js';
import { formatDate, formatNumber } from '../i18n/format.js';
import type { ElementRenderer } from '../internal/element-renderer.js';
import { EXTERNAL_REL, safeUrl } from '../internal/safe-url.js';
import { utcInstant } from '../internal/time-zone.js';
import { commaList } from '../internal/text-lists.js';
import { paragraphs, rankLabel, renderAwardCard } from './award-card.js';
import { prizeWinnersMessages } from './messages/index.js';
import type { PrizeWinnersMessages } from './messages/en.js';
import type { AwardRef, FilterKey, WsisPrizeWinners } from './prize-winners.js';
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

/**
 * The rendering code of <wsis-prize-winners> (templates, styles, filtering, its message catalog),
 * loaded apart from the class: see src/internal/element-renderer.ts.
 */
export interface PrizeWinnersRenderer extends ElementRenderer<WsisPrizeWinners> {
  /** Called from the element's `willUpdate`: derives what to show and resolves a pending `#award=` link. */
  prepare(host: WsisPrizeWinners, feed: Feed): void;
}

const filterKeys: readonly FilterKey[] = ['prize', 'year', 'category', 'rank'];

/** What the element shows for a feed, its scope attributes and the visitor's choices. */
interface Derived {
  /** The prizes in the embedder's scope (attributes only). */
  scope: PrizeView[];
  /** The values the selects offer. */
  options: FilterOptions;
  /** The prizes shown (scope and the visitor's choices). */
  views: PrizeView[];
}

/** The last inputs and result of each element: recomputed only when the feed, a filter or a choice changes. */
const memo = new WeakMap<WsisPrizeWinners, { inputs: unknown[]; derived: Derived }>();

function derive(host: WsisPrizeWinners, feed: Feed): Derived {
  const inputs = [feed, host.partner, host.prize, host.year, host.category, host.rank, host.chosen];
  const last = memo.get(host);
  if (last && inputs.every((value, i) => value === last.inputs[i])) return last.derived;
  const scopeFilter: PrizeFilter = {
    prize: parseList(host.prize),
    year: parseList(host.year),
    category: parseList(host.category),
    rank: parseList(host.rank),
  };
  // `partner`: only the prizes those partners sponsor (feed `prizes[].sponsors`).
  const partners = commaList(host.partner);
  const prizes = partners.length > 0 ? prizesSponsoredBy(feed, partners) : feed.prizes;
  const scope = selectPrizes(prizes, scopeFilter);
  const filter: PrizeFilter = {};
  for (const key of filterKeys) {
    const chosen = host.chosen[key];
    filter[key] = intersect(scopeFilter[key], chosen ? new Set([chosen]) : undefined);
  }
  const derived = { scope, options: filterOptions(scope), views: selectPrizes(prizes, filter) };
  memo.set(host, { inputs, derived });
  return derived;
}

function prepare(host: WsisPrizeWinners, feed: Feed): void {
  const hash = host.pendingHash;
  if (hash === undefined) return;
  host.pendingHash = undefined;
  host.resolvedHash = hash;
  const target = parseAwardHash(hash);
  if (!target) {
    host.highlighted = undefined;
    return;
  }
  let found = findAward(derive(host, feed).views, target);
  if (!found && findAward(derive(host, feed).scope, target)) {
    // The visitor's own filters hide it: clear them so that the link works.
    host.chosen = {};
    found = findAward(derive(host, feed).views, target);
  }
  // A link to an award that is not here removes an earlier highlight.
  host.highlighted = found;
  host.focusPending = Boolean(found);
}

/** A prize's year as the language writes it ("2021", "2021年"). */
function formatYear(year: number, locale: string): string {
  return formatDate(locale, utcInstant(year, 6, 1), 'UTC', { year: 'numeric' });
}

const visitorFiltered = (host: WsisPrizeWinners) => filterKeys.some((key) => Boolean(host.chosen[key]));

function render(host: WsisPrizeWinners, feed: Feed): TemplateResult {
  const m = host.locale.messages(prizeWinnersMessages);
  if (feed.prizes.length === 0) return host.renderEmpty(m.noPrizes);
  const { views } = derive(host, feed);
  const filtered = visitorFiltered(host);
  return html`${renderFilters(host, feed, m, filtered)}
    ${views.length === 0
      ? host.renderEmpty(m.noMatch, filtered ? renderClearButton(m) : undefined)
      : html`<div class="prizes">${views.map((view) => renderPrize(host, view, m))}</div>`}`;
}

/** A click listener: Lit calls it with the element as `this`, so one function serves every element. */
function clearChoices(this: WsisPrizeWinners): void {
  this.chosen = {};
  this.announce = true;
  this.focusFiltersPending = true;
}

function renderClearButton(m: PrizeWinnersMessages): TemplateResult {
  return html`<button class="button" part="clear-filters" type="button" @click=${clearChoices}>
    ${m.clearFilters}
  </button>`;
}

function renderFilters(host: WsisPrizeWinners, feed: Feed, m: PrizeWinnersMessages, filtered: boolean): unknown {
  const locale = host.locale.locale;
  const { options, views } = derive(host, feed);
  const { prizes, years, categories, ranks } = options;
  const select = (key: FilterKey, label: string, all: string, values: [string, string][]) =>
    renderSelect(host, key, label, all, values);
  const selects = [
    prizes.length > 1
      ? select('prize', m.filterPrize, m.allPrizes, prizes.map((p) => [p.id, prizeLabel(p, prizes, locale)]))
      : nothing,
    years.length > 1
      ? select('year', m.filterYear, m.allYears, years.map((y) => [String(y), formatYear(y, locale)]))
      : nothing,
    categories.length > 1
      ? select('category', m.filterCategory, m.allCategories, categories.map((c) => [c.id, textFor(c.name, locale)]))
      : nothing,
    ranks.length > 1 ? select('rank', m.filterRank, m.allRanks, ranks.map((r) => [r, rankLabel(r, m)])) : nothing,
  ];
  if (selects.every((item) => item === nothing)) return nothing;
  const awards = views.reduce((sum, view) => sum + view.groups.reduce((n, group) => n + group.awards.length, 0), 0);
  return html`<div class="filters" part="filters" role="group" aria-label=${m.filtersLabel}>
    ${selects} ${filtered ? renderClearButton(m) : nothing}
    <p class="visually-hidden" part="results" role="status">
      ${host.announce ? m.results(formatNumber(locale, views.length), formatNumber(locale, awards)) : ''}
    </p>
  </div>`;
}

function renderSelect(
  host: WsisPrizeWinners,
  key: FilterKey,
  label: string,
  all: string,
  values: [string, string][],
): TemplateResult {
  const current = host.chosen[key] ?? '';
  return html`<div class="filter" part="filter" data-filter=${key}>
    <label for="filter-${key}">${label}</label>
    <select
      id="filter-${key}"
      @change=${(event: Event) => {
        host.chosen = { ...host.chosen, [key]: (event.target as HTMLSelectElement).value };
        host.announce = true;
      }}
    >
      <option value="" .selected=${current === ''}>${all}</option>
      ${values.map(([value, text]) => html`<option value=${value} .selected=${current === value}>${text}</option>`)}
    </select>
  </div>`;
}

function renderPrize(host: WsisPrizeWinners, view: PrizeView, m: PrizeWinnersMessages): TemplateResult {
  const { prize } = view;
  const locale = host.locale.locale;
  const name = textFor(prize.name, locale);
  const description = textFor(prize.description, locale).trim();
  const link = safeUrl(prize.url);
  return html`<article class="prize" part="prize" data-id=${prize.id}>
    <header class="prize-header">
      ${host.heading(0, name, 'prize-name')}
      <p class="prize-year" part="prize-year">${formatYear(prize.year, locale)}</p>
    </header>
    ${description ? html`<div class="prize-description">${paragraphs(description, 'prize-description')}</div>` : nothing}
    ${prize.awards.length === 0 ? renderUnlisted(host, view, m) : renderGroups(host, view, m)}
    ${link
      ? html`<p class="prize-link"><a part="prize-link" href=${link} rel=${EXTERNAL_REL}>${m.prizePage(name)}</a></p>`
      : nothing}
  </article>`;
}

function renderUnlisted(host: WsisPrizeWinners, view: PrizeView, m: PrizeWinnersMessages): TemplateResult {
  const locale = host.locale.locale;
  return html`${view.categories.length > 0
      ? html`${host.heading(1, m.categories, 'categories-heading')}
          <ul class="categories" part="categories">
            ${view.categories.map((c) => html`<li data-category=${c.id}>${textFor(c.name, locale)}</li>`)}
          </ul>`
      : nothing}
    <p class="not-listed" part="not-listed">${m.notListed}</p>`;
}

function renderGroups(host: WsisPrizeWinners, view: PrizeView, m: PrizeWinnersMessages): TemplateResult {
  const grouped = view.groups.some((group) => group.category);
  if (!grouped) {
    return html`${view.groups.map((group) => renderAwardList(host, view.prize, group.awards, 1, m))}`;
  }
  return html`${view.groups.map(
    (group) => html`<section class="category" part="category" data-category=${group.category?.id ?? nothing}>
      ${host.heading(1, categoryName(group.category, host.locale.locale, m), 'category-name')}
      ${renderAwardList(host, view.prize, group.awards, 2, m)}
    </section>`,
  )}`;
}

function renderAwardList(
  host: WsisPrizeWinners,
  prize: Prize,
  awards: PrizeView['groups'][number]['awards'],
  depth: number,
  m: PrizeWinnersMessages,
): TemplateResult {
  const locale = host.locale.locale;
  const highlighted = host.highlighted;
  return html`<ul class="awards" role="list">
    ${awards.map((award) =>
      renderAwardCard(award, {
        locale,
        messages: m,
        prizeId: prize.id,
        heading: (content) => host.heading(depth, content, 'award-title'),
        highlighted: highlighted?.prize === prize.id && highlighted.award === award.id,
        imageFailed: (url) => host.failedImages.has(url),
        onImageError: (url) => {
          host.failedImages = new Set([...host.failedImages, url]);
        },
      }),
    )}
  </ul>`;
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

export const prizeWinnersRenderer: PrizeWinnersRenderer = { styles: prizeWinnersStyles, render, prepare };
