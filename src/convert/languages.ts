/**
 * Language names as sources write them (`English`, `Français`) → BCP 47 tags, through Intl's own
 * names: every two-letter ISO 639-1 code Intl knows, named in English and in itself.
 */
let byName: Map<string, string> | undefined;

function names(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  const english = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  const a = 'a'.charCodeAt(0);
  for (let i = 0; i < 26; i++) {
    for (let j = 0; j < 26; j++) {
      const code = String.fromCharCode(a + i, a + j);
      const name = english.of(code);
      if (!name) continue;
      byName.set(name.toLowerCase(), code);
      try {
        const own = new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code);
        if (own && !byName.has(own.toLowerCase())) byName.set(own.toLowerCase(), code);
      } catch {
        // no names in that language: the English one is enough
      }
    }
  }
  return byName;
}

/** `en`, `fr-CH` stay; `English`, `français`, `English (US)` → `en`; unknown → undefined. */
export function languageTag(value: string): string | undefined {
  const text = value.trim();
  if (!text) return undefined;
  if (/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(text)) {
    try {
      const [canonical] = Intl.getCanonicalLocales(text);
      const language = new Intl.Locale(canonical).language;
      if (new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(language)) return canonical;
    } catch {
      // not a tag: try it as a name
    }
  }
  const lower = text.toLowerCase();
  return names().get(lower) ?? names().get(lower.replace(/\s*\(.*\)\s*$/, ''));
}
