import { FeedError } from './errors.js';
import type { Feed, FeedWarning } from './types.js';

export interface ReadOptions {
  /** Base for relative URLs: the feed's own URL, or the page's base URL for an object. */
  baseUrl?: string;
}

export interface ReadResult {
  feed: Feed;
  warnings: FeedWarning[];
}

/**
 * Reads a parsed JSON value as a feed v1 document. Throws a FeedError (kind `version` or
 * `schema`) only when the whole document is refused.
 * TODO(feed issue): field-level validation lives in the schema module.
 */
export function readFeed(value: unknown, _options: ReadOptions = {}): ReadResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new FeedError('schema', 'The feed is not a JSON object.');
  }
  const doc = value as Record<string, unknown>;
  if (doc.version !== 1) {
    throw new FeedError('version', `The feed's version is ${String(doc.version)}; this widget reads version 1.`);
  }
  if (typeof doc.event !== 'object' || doc.event === null) {
    throw new FeedError('schema', 'The feed has no event.');
  }
  const list = <T>(key: string) => (Array.isArray(doc[key]) ? (doc[key] as T[]) : []);
  return {
    feed: {
      version: 1,
      event: doc.event as Feed['event'],
      sessionTypes: list('sessionTypes'),
      tracks: list('tracks'),
      sessions: list('sessions'),
      tiers: list('tiers'),
      partners: list('partners'),
      prizes: list('prizes'),
      stats: list('stats'),
    },
    warnings: [],
  };
}
