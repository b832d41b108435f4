/** The track cards' formats, on the shared cached Intl helpers (src/i18n/format.ts). */
import { dateTimeFormat, formatList, formatNumber, pluralCategory } from '../i18n/intl-cache.js';
import { dayKeyInstant } from '../sessions/time.js';

/** A count in the reader's digits and grouping. */
export function formatCount(n: number, locale: string): string {
  return formatNumber(locale, n);
}

/** The plural category of `n` in `locale` (`one`, `few`, …) for the messages' plural forms. */
export function pluralOf(n: number, locale: string): Intl.LDMLPluralRule {
  return pluralCategory(locale, n);
}

/** Years as a sorted localized list, without digit grouping: `2021 and 2022`, `2021 et 2022`. */
export function formatYears(years: readonly number[], locale: string): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  return formatList(
    locale,
    sorted.map((year) => formatNumber(locale, year, { useGrouping: false })),
  );
}

/** A `YYYY-MM-DD` day (of the shown zone) as the reader writes it: `Mon, 22 Mar 2021`. */
export function formatDay(day: string, locale: string): string {
  return dateTimeFormat(locale, 'UTC', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(dayKeyInstant(day));
}
