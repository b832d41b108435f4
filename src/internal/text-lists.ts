/** The items of a comma-separated attribute (`"youth, cybersecurity,,"` → `['youth', 'cybersecurity']`). */
export function commaList(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  return String(value)
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Plain-text paragraphs of a feed description (feed-v1: blank lines separate them). */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
}
