import { dayKeyInstant } from '../schedule/time.js';

/** Cached Intl formatters for the track cards (Intl objects are costly to build). */

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();
const listFormats = new Map<string, Intl.ListFormat>();

function numberFormat(locale: string, grouping: boolean): Intl.NumberFormat {
  const key = `${locale}|${grouping}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, { useGrouping: grouping })));
  return format;
}

/** A count in the reader's digits (`١٢` in Arabic where the locale uses them). */
export function formatCount(n: number, locale: string): string {
  return numberFormat(locale, true).format(n);
}

/** The plural category of `n` in `locale` (`one`, `few`, …) for the messages' plural forms. */
export function pluralOf(n: number, locale: string): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(n);
}

/** Years as a localized list, without digit grouping: `2021 and 2022`, `2021 et 2022`. */
export function formatYears(years: readonly number[], locale: string): string {
  let list = listFormats.get(locale);
  if (!list) listFormats.set(locale, (list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })));
  const format = numberFormat(locale, false);
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  return list.format(sorted.map((year) => format.format(year)));
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** A `YYYY-MM-DD` day as the reader writes it: `Mon, 22 Mar 2021`. */
export function formatDay(day: string, locale: string): string {
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dayFormats.set(locale, format);
  }
  return format.format(dayKeyInstant(day));
}
