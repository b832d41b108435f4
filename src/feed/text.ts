import type { Text } from './types.js';

/**
 * The entry of a Text for a language: exact tag, then its primary subtag (`fr-CH` → `fr`),
 * then `en`, then the first entry. Never throws; an absent Text gives ''.
 */
export function textFor(text: Text | undefined, lang: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const exact = text[lang];
  if (exact !== undefined) return exact;
  const primary = lang.split('-')[0].toLowerCase();
  const byPrimary = text[primary];
  if (byPrimary !== undefined) return byPrimary;
  for (const [tag, value] of Object.entries(text)) {
    if (tag.split('-')[0].toLowerCase() === primary) return value;
  }
  return text.en ?? Object.values(text)[0] ?? '';
}
