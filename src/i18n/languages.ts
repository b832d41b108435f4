/** The six official UN languages, whose UI strings are built in. */
export const uiLanguages = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

/** The primary subtag of a language tag, lower case: `fr-CH` → `fr`, `zh_Hans` → `zh`. */
export function primaryOf(tag: string): string {
  return tag.split(/[-_]/)[0].toLowerCase();
}

/** Whether a tag's primary language has built-in UI strings (`fr-CH` yes, `de` no). */
export function isUiLanguage(tag: string): boolean {
  return (uiLanguages as readonly string[]).includes(primaryOf(tag));
}

/** The UI catalogue for a BCP 47 tag: `fr-CH` → `fr`, `zh-Hans-CN` → `zh`, unknown → `en`. */
export function uiLanguageOf(tag: string): UiLanguage {
  return isUiLanguage(tag) ? (primaryOf(tag) as UiLanguage) : 'en';
}

/**
 * The fallback chain of a tag, most specific first, always ending in `en`:
 * `fr-CH` → [`fr-CH`, `fr`, `en`]; `zh-Hans-CN` → [`zh-Hans-CN`, `zh-Hans`, `zh`, `en`]; `de` → [`en`].
 * Tags of languages without built-in strings are left out: an element does not mix German dates
 * with English labels.
 */
export function fallbackChain(tag: string | null | undefined): string[] {
  const canonical = canonicalTag(tag);
  const chain: string[] = [];
  if (isUiLanguage(canonical)) {
    const parts = canonical.split('-');
    for (let n = parts.length; n > 0; n--) chain.push(parts.slice(0, n).join('-'));
  }
  if (!chain.includes('en')) chain.push('en');
  return chain;
}

const rightToLeft = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb', 'syr']);

/** Writing direction of a language tag (by primary subtag; a script subtag such as `-Latn` wins). */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  const script = /-(Arab|Hebr|Thaa|Syrc|Nkoo|Adlm|Latn|Cyrl)(?:-|$)/i.exec(tag)?.[1]?.toLowerCase();
  if (script) return ['latn', 'cyrl'].includes(script) ? 'ltr' : 'rtl';
  return rightToLeft.has(primaryOf(tag)) ? 'rtl' : 'ltr';
}

/** A tag Intl accepts, or 'en' for anything it would refuse. */
export function canonicalTag(tag: string | null | undefined): string {
  if (!tag) return 'en';
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/**
 * The locale an element uses for Intl and for feed Text: the tag itself when its language has
 * built-in UI strings (`fr-CH` stays `fr-CH`, for Swiss numbers), else `en` (unknown → English,
 * so that the words, the dates and the root's `lang` agree).
 */
export function resolveLocale(tag: string | null | undefined): string {
  const canonical = canonicalTag(tag);
  return isUiLanguage(canonical) ? canonical : 'en';
}
