import type { Stat } from '../feed/types.js';

export interface WsisStatsUpdateDetail {
  /** The figures now shown, in display order, after the merge. */
  stats: Stat[];
  /** Ids whose value or qualifier changed with this live document. */
  changed: string[];
  /** The live document's `generated` time, if it has one. */
  generated?: string;
  /** How the document came: a poll of `live-src` or a message of its event stream. */
  source: 'poll' | 'stream';
}

export interface WsisLiveErrorDetail {
  message: string;
  /** The HTTP status, when the server answered with an error. */
  status?: number;
  /** Milliseconds until the next attempt (0: the stream stays open). */
  retryIn: number;
}

/** Fired by <wsis-stats-counter> when a live statistics document was merged. */
export class WsisStatsUpdateEvent extends CustomEvent<WsisStatsUpdateDetail> {
  constructor(detail: WsisStatsUpdateDetail) {
    super('wsis-stats-update', { detail, bubbles: true, composed: true });
  }
}

/**
 * Fired by <wsis-stats-counter> when `live-src` could not be read (network, HTTP status, not a
 * live document) or its stream dropped. The figures shown stay; the widget retries by itself.
 */
export class WsisLiveErrorEvent extends CustomEvent<WsisLiveErrorDetail> {
  constructor(detail: WsisLiveErrorDetail) {
    super('wsis-live-error', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wsis-stats-update': WsisStatsUpdateEvent;
    'wsis-live-error': WsisLiveErrorEvent;
  }
}
