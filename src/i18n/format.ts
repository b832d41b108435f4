/**
 * Shared Intl helpers for the elements, with cached formatters (building an Intl formatter costs
 * far more than using one). Every helper takes the element's `this.locale.locale` first and never
 * throws on bad input: an invalid date gives '', an unknown code gives the code back, an unknown
 * time zone falls back to UTC. The formatter cache itself is intl-cache.ts (re-exported here).
 */

import {
  cached,
  countryName,
  dateTimeFormat,
  displayNames,
  formatList,
  formatNumber,
  languageName,
  numberFormat,
  pluralCategory,
} from './intl-cache.js';
import { isValidTimeZone } from '../internal/time-zone.js';

export { countryName, dateTimeFormat, displayNames, formatList, formatNumber, isValidTimeZone, languageName, numberFormat, pluralCategory };

/** A moment: a Date, epoch milliseconds or an ISO 8601 string. */
export type Moment = Date | number | string;

function toDate(moment: Moment): Date | undefined {
  const date = moment instanceof Date ? moment : new Date(moment);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

// ---------------------------------------------------------------- numbers

/** `52000` → "52K" (en), "5.2万" (zh), "52 тыс." (ru). */
export function formatCompact(locale: string, value: number, options?: Intl.NumberFormatOptions): string {
  return formatNumber(locale, value, { notation: 'compact', maximumFractionDigits: 1, ...options });
}

// ---------------------------------------------------------------- dates and times

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
