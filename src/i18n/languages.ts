/** The six official UN languages, whose UI strings are built in. */
export const uiLanguages = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

/** The UI catalogue for a BCP 47 tag: `fr-CH` → `fr`, `zh-Hans-CN` → `zh`, unknown → `en`. */
export function uiLanguageOf(tag: string): UiLanguage {
  const primary = tag.split(/[-_]/)[0].toLowerCase();
  return (uiLanguages as readonly string[]).includes(primary) ? (primary as UiLanguage) : 'en';
}

const rightToLeft = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** Writing direction of a language tag. */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  return rightToLeft.has(tag.split(/[-_]/)[0].toLowerCase()) ? 'rtl' : 'ltr';
}

/** A tag Intl accepts, or 'en' for anything it would refuse. */
export function canonicalTag(tag: string | null | undefined): string {
  if (!tag) return 'en';
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}
