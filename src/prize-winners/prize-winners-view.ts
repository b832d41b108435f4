import { html, nothing, type TemplateResult } from 'lit';
import { prizesSponsoredBy } from '../feed/involvement.js';
import { textFor } from '../feed/text.js';
import type { Feed, Prize, PrizeCategory } from '../feed/types.js';
import { formatDate, formatNumber } from '../i18n/format.js';
import { EXTERNAL_REL, safeUrl } from '../internal/safe-url.js';
import { isolate } from '../internal/bidi.js';
import { commaList } from '../internal/text-lists.js';
import { utcInstant } from '../internal/time-zone.js';
import { paragraphs, rankLabel, renderAwardCard } from './award-card.js';
import { prizeWinnersMessages } from './messages/index.js';
import type { PrizeWinnersMessages } from './messages/en.js';
import type {
  AwardRef,
  Chosen,
  Derived,
  FilterKey,
  PrizeWinnersActions,
  PrizeWinnersModel,
  PrizeWinnersView,
  Scope,
} from './model.js';
import { prizeWinnersStyles } from './prize-winners.styles.js';
import {
  filterOptions,
  intersect,
  parseList,
  selectPrizes,
  type PrizeFilter,
  type PrizeView,
} from './select.js';

const filterKeys: readonly FilterKey[] = ['prize', 'year', 'category', 'rank'];

/** The prizes in scope, the selects' values, and the prizes shown: a pure function of its inputs. */
function derive(feed: Feed, scope: Scope, chosen: Chosen): Derived {
  const scopeFilter: PrizeFilter = {
    prize: parseList(scope.prize),
    year: parseList(scope.year),
    category: parseList(scope.category),
    rank: parseList(scope.rank),
  };
  // `partner`: only the prizes those partners sponsor (feed `prizes[].sponsors`).
  const partners = commaList(scope.partner);
  const prizes = partners.length > 0 ? prizesSponsoredBy(feed, partners) : feed.prizes;
  const inScope = selectPrizes(prizes, scopeFilter);
  const filter: PrizeFilter = {};
  for (const key of filterKeys) {
    const value = chosen[key];
    filter[key] = intersect(scopeFilter[key], value ? new Set([value]) : undefined);
  }
  return { scope: inScope, options: filterOptions(inScope), views: selectPrizes(prizes, filter) };
}

/** A prize's year as the language writes it ("2021", "2021年"). */
function formatYear(year: number, locale: string): string {
  return formatDate(locale, utcInstant(year, 6, 1), 'UTC', { year: 'numeric' });
}

const visitorFiltered = (chosen: Chosen) => filterKeys.some((key) => Boolean(chosen[key]));

/** What every template below works from. */
interface Ctx {
  model: PrizeWinnersModel;
  actions: PrizeWinnersActions;
  m: PrizeWinnersMessages;
  locale: string;
}

function render(model: PrizeWinnersModel, actions: PrizeWinnersActions): TemplateResult {
  const m = model.ctx.messages(prizeWinnersMessages);
  const { empty } = model.ctx;
  if (model.feed.prizes.length === 0) return empty(m.noPrizes);
  const { views } = model.derived;
  const filtered = visitorFiltered(model.chosen);
  const c: Ctx = { model, actions, m, locale: model.ctx.locale };
  return html`${renderFilters(c, filtered)}
    ${views.length === 0
      ? empty(m.noMatch, filtered ? renderClearButton(c) : undefined)
      : html`<div class="prizes">${views.map((view) => renderPrize(c, view))}</div>`}`;
}

function renderClearButton({ m, actions }: Ctx): TemplateResult {
  return html`<button class="button" part="clear-filters" type="button" @click=${actions.clear}>
    ${m.clearFilters}
  </button>`;
}

function renderFilters(c: Ctx, filtered: boolean): unknown {
  const { m, locale, model } = c;
  const { options, views } = model.derived;
  const { prizes, years, categories, ranks } = options;
  const select = (key: FilterKey, label: string, all: string, values: [string, string][]) =>
    renderSelect(c, key, label, all, values);
  const selects = [
    prizes.length > 1
      ? select('prize', m.filterPrize, m.allPrizes, prizes.map((p) => [p.id, prizeLabel(p, prizes, locale, m)]))
      : nothing,
    years.length > 1
      ? select('year', m.filterYear, m.allYears, years.map((y) => [String(y), formatYear(y, locale)]))
      : nothing,
    categories.length > 1
      ? select('category', m.filterCategory, m.allCategories, categories.map((cat) => [cat.id, textFor(cat.name, locale)]))
      : nothing,
    ranks.length > 1 ? select('rank', m.filterRank, m.allRanks, ranks.map((r) => [r, rankLabel(r, m)])) : nothing,
  ];
  if (selects.every((item) => item === nothing)) return nothing;
  const awards = views.reduce((sum, view) => sum + view.groups.reduce((n, group) => n + group.awards.length, 0), 0);
  return html`<div class="filters" part="filters" role="group" aria-label=${m.filtersLabel}>
    ${selects} ${filtered ? renderClearButton(c) : nothing}
    <p class="visually-hidden" part="results" role="status">
      ${model.announce ? m.results(formatNumber(locale, views.length), formatNumber(locale, awards)) : ''}
    </p>
  </div>`;
}

function renderSelect(c: Ctx, key: FilterKey, label: string, all: string, values: [string, string][]): TemplateResult {
  const current = c.model.chosen[key] ?? '';
  return html`<div class="filter" part="filter" data-filter=${key}>
    <label for="filter-${key}">${label}</label>
    <select
      id="filter-${key}"
      @change=${(event: Event) => c.actions.choose(key, (event.target as HTMLSelectElement).value)}
    >
      <option value="" .selected=${current === ''}>${all}</option>
      ${values.map(([value, text]) => html`<option value=${value} dir="auto" .selected=${current === value}>${text}</option>`)}
    </select>
  </div>`;
}

function renderPrize(c: Ctx, view: PrizeView): TemplateResult {
  const { prize } = view;
  const { locale, m } = c;
  const name = textFor(prize.name, locale);
  const description = textFor(prize.description, locale).trim();
  const link = safeUrl(prize.url);
  return html`<article class="prize" part="prize" data-id=${prize.id}>
    <header class="prize-header">
      ${c.model.ctx.heading(0, html`<span dir="auto">${name}</span>`, 'prize-name')}
      <p class="prize-year" part="prize-year">${formatYear(prize.year, locale)}</p>
    </header>
    ${description ? html`<div class="prize-description">${paragraphs(description, 'prize-description')}</div>` : nothing}
    ${prize.awards.length === 0 ? renderUnlisted(c, view) : renderGroups(c, view)}
    ${link
      ? html`<p class="prize-link"><a part="prize-link" href=${link} rel=${EXTERNAL_REL}>${isolate(m.prizePage, name)}</a></p>`
      : nothing}
  </article>`;
}

function renderUnlisted(c: Ctx, view: PrizeView): TemplateResult {
  const { locale, m } = c;
  return html`${view.categories.length > 0
      ? html`${c.model.ctx.heading(1, m.categories, 'categories-heading')}
          <ul class="categories" part="categories">
            ${view.categories.map((c) => html`<li data-category=${c.id}><bdi>${textFor(c.name, locale)}</bdi></li>`)}
          </ul>`
      : nothing}
    <p class="not-listed" part="not-listed">${m.notListed}</p>`;
}

function renderGroups(c: Ctx, view: PrizeView): TemplateResult {
  const grouped = view.groups.some((group) => group.category);
  if (!grouped) {
    return html`${view.groups.map((group) => renderAwardList(c, view.prize, group.awards, 1))}`;
  }
  return html`${view.groups.map(
    (group) => html`<section class="category" part="category" data-category=${group.category?.id ?? nothing}>
      ${c.model.ctx.heading(1, html`<span dir="auto">${categoryName(group.category, c.locale, c.m)}</span>`, 'category-name')}
      ${renderAwardList(c, view.prize, group.awards, 2)}
    </section>`,
  )}`;
}

function renderAwardList(c: Ctx, prize: Prize, awards: PrizeView['groups'][number]['awards'], depth: number): TemplateResult {
  const { locale, m, model } = c;
  const { highlighted, failedImages } = model;
  return html`<ul class="awards" role="list">
    ${awards.map((award) =>
      renderAwardCard(award, {
        locale,
        messages: m,
        prizeId: prize.id,
        heading: (content) => model.ctx.heading(depth, content, 'award-title'),
        highlighted: highlighted?.prize === prize.id && highlighted.award === award.id,
        imageFailed: (url) => failedImages.has(url),
        onImageError: c.actions.imageFailed,
      }),
    )}
  </ul>`;
}

function categoryName(category: PrizeCategory | undefined, locale: string, m: PrizeWinnersMessages): string {
  return category ? textFor(category.name, locale) : m.otherAwards;
}

/** A prize's name in the select, with its year when two prizes share a name. */
function prizeLabel(prize: Prize, all: readonly Prize[], locale: string, m: PrizeWinnersMessages): string {
  const name = textFor(prize.name, locale);
  const twin = all.some((other) => other !== prize && textFor(other.name, locale) === name);
  return twin ? m.prizeWithYear(name, formatYear(prize.year, locale)) : name;
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

/** The view of <wsis-prize-winners> (model.ts says what it is given). */
export const prizeWinnersView: PrizeWinnersView = { styles: prizeWinnersStyles, render, derive, findAward };
