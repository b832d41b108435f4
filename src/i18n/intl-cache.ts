/**
 * The one cache of Intl formatters every element shares (building an Intl formatter costs far
 * more than using one): numbers, dates, names, lists and plural rules, keyed by kind, locale and
 * options. Kept apart from format.ts's date and relative-time helpers so that the first download
 * (the schedule) carries only what it uses. Never throws on bad input.
 */
import { isValidTimeZone } from '../internal/time-zone.js';

const cache = new Map<string, unknown>();

/** The cached formatter of `kind` for `locale` and `options`, made by `make` the first time. */
export function cached<T>(kind: string, locale: string, options: object | undefined, make: () => T): T {
  const key = `${kind}|${locale}|${options ? JSON.stringify(options) : ''}`;
  let formatter = cache.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

/** A cached `Intl.NumberFormat`. */
export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached('number', locale, options, () => new Intl.NumberFormat(locale, options));
}

/** `1234.5` → "1,234.5" (en), "1 234,5" (fr), "1'234.5" (de-CH). */
export function formatNumber(locale: string, value: number, options?: Intl.NumberFormatOptions): string {
  // `+ 0`: -0 is shown as 0, never "-0".
  return Number.isFinite(value) ? numberFormat(locale, options).format(value + 0) : '';
}

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

/**
 * A cached `Intl.DisplayNames` (undefined where the browser has none for the locale).
 * `fallback: 'none'` makes `of()` return undefined for a code it has no name for.
 */
export function displayNames(
  locale: string,
  type: 'region' | 'language',
  fallback: 'code' | 'none' = 'code',
): Intl.DisplayNames | undefined {
  return cached(`names-${type}-${fallback}`, locale, undefined, () => {
    try {
      return new Intl.DisplayNames(locale, { type, fallback });
    } catch {
      return null;
    }
  }) ?? undefined;
}

function displayName(locale: string, type: 'region' | 'language', code: string): string {
  if (!code) return '';
  try {
    return displayNames(locale, type)?.of(type === 'region' ? code.toUpperCase() : code) ?? code;
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
