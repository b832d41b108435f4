const displayNames = new Map<string, Intl.DisplayNames | null>();

/**
 * The name of a country (ISO 3166-1 alpha-2 code) in a language, through `Intl.DisplayNames`
 * (one cached formatter per locale). Undefined for anything that is not a two-letter code, or
 * when the browser has no name for it.
 */
export function countryName(code: string | undefined, locale: string): string | undefined {
  if (typeof code !== 'string' || !/^[A-Za-z]{2}$/.test(code)) return undefined;
  let names = displayNames.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'none' });
    } catch {
      names = null;
    }
    displayNames.set(locale, names);
  }
  try {
    return names?.of(code.toUpperCase()) ?? undefined;
  } catch {
    return undefined;
  }
}
