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
