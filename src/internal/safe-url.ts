/**
 * The `rel` of every link to a feed URL (SECURITY.md): the page opened learns neither the
 * opener nor, through the Referer header, the host page's address.
 */
export const EXTERNAL_REL = 'noopener noreferrer';

/**
 * A URL fit for an error message: user name and password removed (`https://user:secret@host/`
 * reads `https://host/`), so credentials in a feed URL are never shown nor sent to listeners.
 */
export function displayUrl(value: string): string {
  try {
    const url = new URL(value);
    if (!url.username && !url.password) return value;
    url.username = '';
    url.password = '';
    return url.href;
  } catch {
    // Not parseable: cut anything that looks like `user:pass@` after the scheme.
    return value.replace(/^([a-z][a-z\d+.-]*:\/*)[^/?#]*@/i, '$1');
  }
}

/**
 * The URL if it is absolute http(s), else undefined. The feed reader already drops other
 * schemes; templates call this too, so that no `href` or `src` can ever carry `javascript:`.
 * `allowDataImage` admits `data:image/*` for logos and award images (feed-v1: Url).
 */
export function safeUrl(value: unknown, allowDataImage = false): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
  if (allowDataImage && url.protocol === 'data:' && /^data:image\/[\w.+-]+[;,]/i.test(value)) {
    return value;
  }
  return undefined;
}
