// Intl objects are costly to build: one per locale, kept for the page's lifetime.
const regionNames = new Map<string, Intl.DisplayNames | null>();
const yearFormats = new Map<string, Intl.DateTimeFormat>();

/** The country's name in `locale` (`GB` → "United Kingdom", "Royaume-Uni"); the code if unknown. */
export function countryName(code: string, locale: string): string {
  let names = regionNames.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' });
    } catch {
      names = null;
    }
    regionNames.set(locale, names);
  }
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** A prize's year as the language writes it ("2021", "2021年", "٢٠٢١" where that is the custom). */
export function formatYear(year: number, locale: string): string {
  let format = yearFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' });
    yearFormats.set(locale, format);
  }
  return format.format(Date.UTC(year, 6, 1));
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A count in the language's digits and grouping. */
export function formatCount(value: number, locale: string): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format.format(value);
}
