import type { Feed, FeedErrorKind, FeedWarning } from '../feed/types.js';

export interface WsisLoadDetail {
  feed: Feed;
  warnings: FeedWarning[];
}

export interface WsisErrorDetail {
  /** Why: the feed's failure kinds, or `code` when a part of an element's own code could not be fetched. */
  kind: FeedErrorKind | 'code';
  message: string;
  status?: number;
}

/** Fired after a feed document is read: `detail: {feed, warnings}`. */
export class WsisLoadEvent extends CustomEvent<WsisLoadDetail> {
  constructor(detail: WsisLoadDetail) {
    super('wsis-load', { detail, bubbles: true, composed: true });
  }
}

/** Fired when no document could be read (or a refresh failed): `detail: {kind, message, status?}`. */
export class WsisErrorEvent extends CustomEvent<WsisErrorDetail> {
  constructor(detail: WsisErrorDetail) {
    super('wsis-error', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wsis-load': WsisLoadEvent;
    'wsis-error': WsisErrorEvent;
  }
}

/** Reports a failure on `target` (kept outside element classes, so the manifest lists the event once, by name). */
export function reportFeedError(target: EventTarget, detail: WsisErrorDetail): void {
  target.dispatchEvent(new WsisErrorEvent(detail));
}
