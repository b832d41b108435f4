/**
 * Case- and accent-insensitive text search: `é` finds `e`, `Zürich` finds `zurich`. The text of
 * each session is normalized once per feed and language; a keystroke only runs `includes`.
 */

/** Lower case, decomposed (NFD), combining marks removed, whitespace collapsed. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a query, normalized; a session matches when its haystack holds every one. */
export function queryTerms(query: string | null | undefined): string[] {
  if (!query) return [];
  return normalize(query).split(' ').filter(Boolean);
}

export function matchesTerms(haystack: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!haystack.includes(term)) return false;
  return true;
}
