import { displayUrl } from '../internal/safe-url.js';
import type { FeedErrorKind } from './types.js';

/** Why no document could be shown: what `wsis-error` carries. */
export class FeedError extends Error {
  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'FeedError';
  }
}

/** A FeedError of this copy from anything thrown (another copy's FeedError keeps its kind). */
export function toFeedError(error: unknown, url?: string): FeedError {
  if (error instanceof FeedError) return error;
  const like = error as { kind?: unknown; message?: unknown; status?: unknown } | null;
  const kinds = ['network', 'http', 'parse', 'schema', 'version'];
  if (like && typeof like.kind === 'string' && kinds.includes(like.kind) && typeof like.message === 'string') {
    return new FeedError(
      like.kind as FeedError['kind'],
      like.message,
      typeof like.status === 'number' ? like.status : undefined,
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return new FeedError('parse', url ? `The feed at ${displayUrl(url)} could not be read: ${message}` : message);
}
