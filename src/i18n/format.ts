/**
 * Shared Intl helpers for the elements, with cached formatters (building an Intl formatter costs
 * far more than using one). Every helper takes the element's `this.locale.locale` first and never
 * throws on bad input: an invalid date gives '', an unknown code gives the code back, an unknown
 * time zone falls back to UTC.
 */

const cache = new Map<string, unknown>();

function cached<T>(kind: string, locale: string, options: object | undefined, make: () => T): T {
  const key = `${kind}|${locale}|${options ? JSON.stringify(options) : ''}`;
  let formatter = cache.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

/** A moment: a Date, epoch milliseconds or an ISO 8601 string. */
export type Moment = Date | number | string;

function toDate(moment: Moment): Date | undefined {
  const date = moment instanceof Date ? moment : new Date(moment);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

// ---------------------------------------------------------------- numbers

/** A cached `Intl.NumberFormat`. */
export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached('number', locale, options, () => new Intl.NumberFormat(locale, options));
}

/** `1234.5` → "1,234.5" (en), "1 234,5" (fr), "1'234.5" (de-CH). */
export function formatNumber(locale: string, value: number, options?: Intl.NumberFormatOptions): string {
  // `+ 0`: -0 is shown as 0, never "-0".
  return Number.isFinite(value) ? numberFormat(locale, options).format(value + 0) : '';
}

/** `52000` → "52K" (en), "5.2万" (zh), "52 тыс." (ru). */
export function formatCompact(locale: string, value: number, options?: Intl.NumberFormatOptions): string {
  return formatNumber(locale, value, { notation: 'compact', maximumFractionDigits: 1, ...options });
}

// ---------------------------------------------------------------- dates and times

import { isValidTimeZone } from '../internal/time-zone.js';

export { isValidTimeZone };

/** A cached `Intl.DateTimeFormat` in `timeZone` (UTC when the zone is unknown). */
export function dateTimeFormat(
  locale: string,
  timeZone: string | undefined,
  options: Intl.DateTimeFormatOptions = {},
): Intl.DateTimeFormat {
  const zone = timeZone === undefined || isValidTimeZone(timeZone) ? timeZone : 'UTC';
  const all = { ...options, timeZone: zone };
  return cached('datetime', locale, all, () => new Intl.DateTimeFormat(locale, all));
}

/** A date in a zone, `dateStyle: 'medium'` unless told: "22 Mar 2021" (en-GB). */
export function formatDate(
  locale: string,
  moment: Moment,
  timeZone?: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  const date = toDate(moment);
  return date ? dateTimeFormat(locale, timeZone, options).format(date) : '';
}

/** A time of day in a zone: "14:00" (fr), "2:00 PM" (en). */
export function formatTime(
  locale: string,
  moment: Moment,
  timeZone?: string,
  options: Intl.DateTimeFormatOptions = { timeStyle: 'short' },
): string {
  return formatDate(locale, moment, timeZone, options);
}

/**
 * A range with what the two ends share said once: "2:00 – 3:30 PM" (en), "14:00–15:30" (fr).
 * Pass `{dateStyle, timeStyle}` or fields in `options` to include the date.
 */
export function formatTimeRange(
  locale: string,
  start: Moment,
  end: Moment,
  timeZone?: string,
  options: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' },
): string {
  const from = toDate(start);
  const to = toDate(end);
  if (!from || !to) return '';
  const format = dateTimeFormat(locale, timeZone, options);
  return to < from ? format.format(from) : format.formatRange(from, to);
}

/** The name of a zone at a moment: "Central European Standard Time" (long), "GMT+1" (shortOffset). */
export function formatTimeZoneName(
  locale: string,
  timeZone: string,
  moment: Moment = Date.now(),
  style: NonNullable<Intl.DateTimeFormatOptions['timeZoneName']> = 'long',
): string {
  const date = toDate(moment);
  if (!date) return '';
  const parts = dateTimeFormat(locale, timeZone, { timeZoneName: style }).formatToParts(date);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/** The calendar day `YYYY-MM-DD` of a moment in a zone (to group sessions by day). */
export function dayIn(moment: Moment, timeZone: string): string {
  const date = toDate(moment);
  if (!date) return '';
  const parts = dateTimeFormat('en-CA', timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(date);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

// ---------------------------------------------------------------- relative time

/** A cached `Intl.RelativeTimeFormat` (`numeric: 'auto'` by default: "tomorrow", "now"). */
export function relativeTimeFormat(
  locale: string,
  options: Intl.RelativeTimeFormatOptions = { numeric: 'auto' },
): Intl.RelativeTimeFormat {
  return cached('relative', locale, options, () => new Intl.RelativeTimeFormat(locale, options));
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const units: [Intl.RelativeTimeFormatUnit, number, number][] = [
  // unit, its length, used while |difference| is below this
  ['second', SECOND, 45 * SECOND],
  ['minute', MINUTE, 45 * MINUTE],
  ['hour', HOUR, 22 * HOUR],
  ['day', DAY, 6 * DAY],
  ['week', 7 * DAY, 4 * 7 * DAY],
  ['month', 30 * DAY, 330 * DAY],
  ['year', 365 * DAY, Infinity],
];

/**
 * `target` relative to `now`, in the largest fitting unit: "in 2 hours", "5 minutes ago",
 * "tomorrow" (en); "dans 2 heures" (fr). ("Live now" is a UI string, not a relative time.)
 */
export function formatRelative(
  locale: string,
  target: Moment,
  now: Moment = Date.now(),
  options?: Intl.RelativeTimeFormatOptions,
): string {
  const to = toDate(target);
  const from = toDate(now);
  if (!to || !from) return '';
  const difference = to.getTime() - from.getTime();
  const [unit, length] = units.find(([, , below]) => Math.abs(difference) < below)!;
  return relativeTimeFormat(locale, options).format(Math.round(difference / length), unit);
}

// ---------------------------------------------------------------- names

function displayName(locale: string, type: 'region' | 'language', code: string): string {
  if (!code) return '';
  try {
    const names = cached(`names-${type}`, locale, undefined, () => new Intl.DisplayNames(locale, { type, fallback: 'code' }));
    return names.of(type === 'region' ? code.toUpperCase() : code) ?? code;
  } catch {
    return code;
  }
}

/** A country (ISO 3166-1 alpha-2) in the language: `CH` → "Switzerland" (en), "سويسرا" (ar); the code if unknown. */
export function countryName(locale: string, code: string): string {
  return displayName(locale, 'region', code);
}

/** A language (BCP 47) in the language: `fr` → "French" (en), "francés" (es); the code if unknown. */
export function languageName(locale: string, code: string): string {
  return displayName(locale, 'language', code);
}

// ---------------------------------------------------------------- lists and plurals

/** "A, B and C" (en), "A, B et C" (fr), "A、B和C" (zh); `type: 'disjunction'` for "or". */
export function formatList(
  locale: string,
  items: readonly string[],
  options: Intl.ListFormatOptions = { type: 'conjunction', style: 'long' },
): string {
  return cached('list', locale, options, () => new Intl.ListFormat(locale, options)).format(items);
}

/** The plural category of a number: `one`, `few`, `many`, `other`… (ru 21 → `one`, ar 3 → `few`). */
export function pluralCategory(
  locale: string,
  value: number,
  options?: Intl.PluralRulesOptions,
): Intl.LDMLPluralRule {
  return cached('plural', locale, options, () => new Intl.PluralRules(locale, options)).select(value);
}
