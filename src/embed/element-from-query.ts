import { attributesOf, isEmbeddable, timerAttributes, urlAttributes } from './embed-attributes.js';

export type EmbedResult =
  | { ok: true; element: HTMLElement; tag: string }
  | { ok: false; message: string };

/** A URL attribute's value if it is http(s) once resolved against the embed page, else undefined. */
function acceptableUrl(value: string, base: string): string | undefined {
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Builds the element that the embed page's query string describes:
 * `?element=schedule&src=https://…/feed.json&lang=fr&timezone=local`.
 * Only the element's public attributes are copied; URL attributes must be http(s).
 */
export function elementFromQuery(search: string, doc: Document, base: string): EmbedResult {
  const params = new URLSearchParams(search);
  const name = params.get('element') ?? '';
  if (!isEmbeddable(name)) {
    return {
      ok: false,
      message: `Unknown or missing element "${name}". Use element=schedule, partner-wall, prize-winners, special-tracks, stats-counter or partner-badge.`,
    };
  }
  const tag = `wsis-${name}`;
  const element = doc.createElement(tag);
  for (const attribute of attributesOf(name)) {
    const value = params.get(attribute);
    if (value === null) continue;
    if (urlAttributes.has(attribute)) {
      const url = acceptableUrl(value, base);
      if (url) element.setAttribute(attribute, url);
      continue;
    }
    const clamp = timerAttributes.get(attribute);
    element.setAttribute(attribute, clamp ? String(clamp(value)) : value);
  }
  if (!element.hasAttribute('src')) {
    return { ok: false, message: 'The embed link has no feed: add src=<feed URL>.' };
  }
  return { ok: true, element, tag };
}
