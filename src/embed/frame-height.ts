/**
 * What the iframe embed page posts to its parent window each time its content height changes, so
 * that a host page can size the frame (README "Embed without scripts" has the one-line listener).
 * Without a listener nothing happens: the frame keeps its `height` and scrolls.
 */
export interface EmbedHeightMessage {
  type: 'wsis-embed-height';
  /** The embed link's `frame=` value (the iframe's `id` on the host page), or '' when absent or not a plain id. */
  frame: string;
  /** The content's height in CSS pixels, rounded up, at most MAX_HEIGHT. */
  height: number;
}

/** A frame id is echoed only if it is a plain id: a letter, then up to 99 letters, digits, `-`, `_`. */
const plainId = /^[A-Za-z][\w-]{0,99}$/;
/** No page needs a taller frame; a runaway layout must not make the host page endless. */
export const MAX_HEIGHT = 100_000;

export function frameIdFrom(search: string): string {
  const id = new URLSearchParams(search).get('frame') ?? '';
  return plainId.test(id) ? id : '';
}

/**
 * Posts `{type: 'wsis-embed-height', frame, height}` to `target` now and whenever the height of
 * `root` (the embed page's <html>, whose height is its content's) changes. Returns a stop function.
 * The message holds no data from the feed, so any parent origin may read it.
 */
export function postContentHeight(root: HTMLElement, frame: string, target: Window): () => void {
  let last = -1;
  const post = () => {
    const height = Math.min(MAX_HEIGHT, Math.ceil(root.getBoundingClientRect().height));
    if (height === last) return;
    last = height;
    const message: EmbedHeightMessage = { type: 'wsis-embed-height', frame, height };
    target.postMessage(message, '*');
  };
  const observer = new ResizeObserver(post);
  observer.observe(root);
  return () => observer.disconnect();
}
