import { displayNames } from '../i18n/intl-cache.js';

/**
 * The name of a country (ISO 3166-1 alpha-2 code) in a language, through the shared
 * `Intl.DisplayNames` cache. Undefined for anything that is not a two-letter code, or when the
 * browser has no name for it.
 */
export function countryName(code: string | undefined, locale: string): string | undefined {
  if (typeof code !== 'string' || !/^[A-Za-z]{2}$/.test(code)) return undefined;
  try {
    return displayNames(locale, 'region', 'none')?.of(code.toUpperCase()) ?? undefined;
  } catch {
    return undefined;
  }
}
