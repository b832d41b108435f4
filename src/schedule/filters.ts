/**
 * The schedule's filters: the search box and menus, the chips of active filters, and which
 * sessions pass. Track, type, location and language filters hide rows through one adopted
 * stylesheet rule (a filter change touches no row); the search and "My schedule" through the
 * rows' `hidden` state; the day filter through the day groups.
 */
import { keepFocus } from '../internal/focus.js';
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { textFor } from '../feed/text.js';
import type { Feed } from '../feed/types.js';
import { dateTimeFormat, formatNumber, languageName, pluralCategory } from '../i18n/intl-cache.js';
import { sessionsOrganizedBy } from '../feed/involvement.js';
import { commaList } from '../internal/text-lists.js';
import { matchesTerms, normalize, queryTerms } from '../sessions/search.js';
import { dayKeyInstant } from '../sessions/time.js';
import type { SessionView } from '../sessions/view-model.js';
import type { FilterKey, ScheduleHost } from './host.js';
import { labelParts, type ScheduleMessages } from './messages/index.js';

interface Option {
  value: string;
  label: string;
}

type Tokens = Record<'track' | 'type' | 'location' | 'language', Map<string, string>>;
const noTokens = (): Tokens => ({ track: new Map(), type: new Map(), location: new Map(), language: new Map() });
const baseLanguage = (tag: string) => tag.toLowerCase().split('-')[0];

export class ScheduleFilters {
  /** Filter value → the index token rows carry in `data-filter` (built per feed/zone/language). */
  private tokens = noTokens();
  private options: Record<Exclude<FilterKey, 'query'>, Option[]> = { track: [], type: [], day: [], location: [], language: [] };
  private searched?: { views: SessionView[]; query: string; matches: SessionView[] };
  /** Rows the search or "My schedule" leaves out (their `hidden` state). */
  hiddenIds = new Set<string>();
  /** Per day, the ids of its hidden rows: a day whose set did not change is not re-rendered. */
  hiddenByDay = new Map<string, string>();
  /** The sessions that pass every filter, and how many per day. */
  visibleList: SessionView[] = [];
  visibleByDay = new Map<string, number>();

  constructor(private readonly host: ScheduleHost) {}

  /**
   * After new views (a feed, zone or language): gives every view its `filterKeys` (`t<i>` per
   * track, `y<i>` for the type, `l<i>` for the location, `g<i>` per base language tag: indices
   * generated here, so no feed string ever reaches CSS) and builds the menus' options.
   */
  index(feed: Feed, locale: string): void {
    const tokens = noTokens();
    const token = (map: Map<string, string>, prefix: string, value: string) => {
      let t = map.get(value);
      if (t === undefined) map.set(value, (t = prefix + map.size));
      return t;
    };
    const locations = new Map<string, string>();
    const languages = new Set<string>();
    for (const view of this.host.views) {
      const s = view.session;
      const keys = new Set<string>();
      for (const id of s.tracks ?? []) keys.add(token(tokens.track, 't', id));
      if (s.type) keys.add(token(tokens.type, 'y', s.type));
      if (view.locationKey) keys.add(token(tokens.location, 'l', view.locationKey));
      for (const tag of s.languages ?? []) {
        keys.add(token(tokens.language, 'g', baseLanguage(tag)));
        languages.add(tag);
      }
      if (view.location) locations.set(view.locationKey, view.location);
      view.filterKeys = [...keys].join(' ');
    }
    this.tokens = tokens;
    const collator = new Intl.Collator(locale);
    const byLabel = (a: Option, b: Option) => collator.compare(a.label, b.label);
    const dayFormat = dateTimeFormat(locale, 'UTC', { weekday: 'short', day: 'numeric', month: 'short' });
    this.options = {
      track: feed.tracks.map((t) => ({ value: t.id, label: textFor(t.name, locale) })).sort(byLabel),
      type: feed.sessionTypes.map((t) => ({ value: t.id, label: textFor(t.name, locale) })).sort(byLabel),
      day: this.host.groups.map((g) => ({ value: g.day, label: dayFormat.format(dayKeyInstant(g.day)) })),
      location: [...locations.values()].map((l) => ({ value: l, label: l })).sort(byLabel),
      language: [...languages].map((tag) => ({ value: tag, label: languageName(locale, tag) })).sort(byLabel),
    };
  }

  /** Which sessions pass the filters (`mine`: the "My schedule" ids, when on): sets and counts, no row is rebuilt. */
  apply(mine: ReadonlySet<string> | undefined): void {
    const host = this.host;
    const views = host.views;
    const terms = queryTerms(host.query);
    const normalized = terms.join(' ');
    // Typing on narrows the last search: only its matches need to be searched again.
    const narrowing = this.searched?.views === views && normalized.startsWith(this.searched.query) && this.searched.query !== '';
    const matches = terms.length
      ? new Set((narrowing ? this.searched!.matches : views).filter((v) => matchesTerms(v.haystack, terms)))
      : undefined;
    this.searched = { views, query: normalized, matches: matches ? [...matches] : views };
    const feed = host.feedState.feed;
    const organized = host.partner && feed ? new Set(sessionsOrganizedBy(feed, commaList(host.partner)).map((s) => s.id)) : undefined;
    const location = host.location ? normalize(host.location) : '';
    const language = host.language ? baseLanguage(host.language) : undefined;
    const hidden = new Set<string>();
    const hiddenByDay = new Map<string, string>();
    const visible: SessionView[] = [];
    const byDay = new Map<string, number>();
    for (const view of views) {
      const s = view.session;
      const kept = (!matches || matches.has(view)) && (!mine || mine.has(view.id)) && (!organized || organized.has(view.id));
      if (!kept) {
        hidden.add(view.id);
        hiddenByDay.set(view.day, `${hiddenByDay.get(view.day) ?? ''} ${view.id}`);
      }
      const pass =
        kept &&
        (!host.track || (s.tracks ?? []).includes(host.track)) &&
        (!host.type || s.type === host.type) &&
        (!host.day || view.day === host.day) &&
        (!location || view.locationKey === location) &&
        (!language || (s.languages ?? []).some((tag) => baseLanguage(tag) === language));
      if (pass) {
        visible.push(view);
        byDay.set(view.day, (byDay.get(view.day) ?? 0) + 1);
      }
    }
    this.setSheet(location, language);
    this.hiddenIds = hidden;
    this.hiddenByDay = hiddenByDay;
    this.visibleList = visible;
    this.visibleByDay = byDay;
  }

  /** The `filters` sheet: one rule for the track, type, location and language filters. */
  private setSheet(location: string, language: string | undefined): void {
    const t = this.tokens;
    const host = this.host;
    const wanted: string[] = [];
    // A value no session has gets a token no row carries ("none"): every row is hidden.
    if (host.track) wanted.push(t.track.get(host.track) ?? 'none');
    if (host.type) wanted.push(t.type.get(host.type) ?? 'none');
    if (location) wanted.push(t.location.get(location) ?? 'none');
    if (language) wanted.push(t.language.get(language) ?? 'none');
    // !important: a page's ::part(session) display rule must not bring filtered rows back. A row
    // group (`.sessions`) carries every token of its rows: one that lacks a wanted token has no
    // row to show and goes as a whole (its rows are then neither restyled nor laid out).
    const need = wanted.map((w) => `[data-filter~="${w}"]`).join('');
    const rules = wanted.length ? `.list .sessions:not(${need}), .list .session:not(${need}) { display: none !important; }` : '';
    host.sheets.set('filters', rules);
  }

  render(m: ScheduleMessages): TemplateResult {
    const host = this.host;
    const select = (key: Exclude<FilterKey, 'query'>, label: string) => {
      const options = this.options[key];
      const current = host[key] ?? '';
      return html`<label class="filter">
        <span>${label}</span>
        <select @change=${(e: Event) => this.set(key, (e.target as HTMLSelectElement).value)}>
          ${guard(
            [options, current, m],
            () => html`<option value="" ?selected=${!current}>${m.all}</option>
              ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === current}>${o.label}</option>`)}`,
          )}
        </select>
      </label>`;
    };
    return html`<form part="filters" class="filters" role="search" @submit=${(e: Event) => e.preventDefault()}>
      <label class="filter search">
        <span>${m.search}</span>
        <input
          type="search"
          .value=${host.query ?? ''}
          placeholder=${m.searchHint}
          @input=${(e: Event) => this.set('query', (e.target as HTMLInputElement).value)}
        />
      </label>
      ${this.options.track.length ? select('track', m.track) : nothing}
      ${this.options.type.length ? select('type', m.type) : nothing}
      ${this.options.day.length > 1 ? select('day', m.day) : nothing}
      ${this.options.location.length > 1 ? select('location', m.location) : nothing}
      ${this.options.language.length > 1 ? select('language', m.language) : nothing}
    </form>`;
  }

  renderChips(m: ScheduleMessages): TemplateResult | typeof nothing {
    const host = this.host;
    const labels: Record<FilterKey, string> = {
      track: m.track,
      type: m.type,
      day: m.day,
      location: m.location,
      language: m.language,
      query: m.search,
    };
    const active = (Object.keys(labels) as FilterKey[]).filter((key) => host[key]);
    const partner = this.partnerChip(m);
    if (active.length === 0 && !partner) return nothing;
    const valueLabel = (key: FilterKey) => {
      const value = host[key] ?? '';
      if (key === 'query') return m.quoted(value);
      return this.options[key].find((o) => o.value === value)?.label ?? value;
    };
    // The value (feed text, or the visitor's) is isolated: "Huawei Technologies, Ltd." stays whole in Arabic.
    return html`<div class="chips">
      ${active.map((key, index) => {
        const value = valueLabel(key);
        const [before, after] = labelParts(m.labelValue, labels[key]);
        return html`<button part="chip" class="chip" type="button" aria-label=${m.removeFilter(m.labelValue(labels[key], value))} @click=${() => this.removeChip(key, index)}>
          ${before}<bdi>${value}</bdi>${after} <span aria-hidden="true">×</span>
        </button>`;
      })}
      ${partner ?? nothing}
      <button class="link" type="button" @click=${this.clearAll}>${m.clearAll}</button>
    </div>`;
  }

  /** The `partner` filter's chip ("Organized by GCOA"), named after the partners the feed knows. */
  private partnerChip(m: ScheduleMessages): TemplateResult | undefined {
    const host = this.host;
    const ids = commaList(host.partner);
    if (ids.length === 0) return undefined;
    const locale = host.locale.locale;
    const partners = host.feedState.feed?.partners ?? [];
    const names = ids.map((id) => {
      const known = partners.find((p) => p.id === id);
      return known ? textFor(known.name, locale) : id;
    });
    const text = m.organizedBy(new Intl.ListFormat(locale, { type: 'disjunction' }).format(names));
    return html`<button part="chip" class="chip" type="button" aria-label=${m.removeFilter(text)} @click=${() => (host.partner = undefined)}>
      ${text} <span aria-hidden="true">×</span>
    </button>`;
  }

  /** `12 sessions`, or `3 of 38 sessions` when filters are on (the noun by plural category). */
  countText(m: ScheduleMessages, locale: string): string {
    const count = this.visibleList.length;
    const total = this.host.views.length;
    return count === total
      ? m.results(formatNumber(locale, count), pluralCategory(locale, count))
      : m.resultsOf(formatNumber(locale, count), formatNumber(locale, total), pluralCategory(locale, count), pluralCategory(locale, total));
  }

  /** Removes a filter; focus goes to the chip now in its place, the one before, or the search box. */
  private removeChip(key: FilterKey, index: number): void {
    const chips = () => this.host.renderRoot.querySelectorAll('.chips .chip');
    this.set(key, '');
    void keepFocus(this.host, [() => chips()[index], () => chips()[index - 1], 'input[type="search"]']);
  }

  private set(key: FilterKey, value: string): void {
    this.host[key] = value === '' ? undefined : value;
  }

  /** Clears every filter and puts focus in the search box. */
  readonly clearAll = () => {
    const host = this.host;
    for (const key of ['track', 'type', 'day', 'location', 'language', 'query', 'partner'] as const) host[key] = undefined;
    void host.updateComplete.then(() => {
      (host.renderRoot.querySelector('input[type="search"]') as HTMLElement | null)?.focus();
    });
  };
}
