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
