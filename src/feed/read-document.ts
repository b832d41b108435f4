// What every reader of a feed document does before and after its sections: shared by the full
// reader (read.ts) and the badge's reader of event, tiers and partners (read-partners.ts).
import { isValidTimeZone } from '../internal/time-zone.js';
import { FeedError } from './errors.js';
import { Fail, type ReadContext, type Schema } from './schema.js';
import type { Feed, FeedEvent, FeedWarning } from './types.js';

export interface ReadOptions {
  /**
   * Base for relative URLs: the feed's own URL, or the page's base URL for an object (the
   * default, when there is a document). Without any base, relative URLs are dropped.
   */
  baseUrl?: string;
}

export interface ReadResult {
  feed: Feed;
  warnings: FeedWarning[];
}

/** The feed versions this reader understands. */
export const SUPPORTED_VERSIONS = [1] as const;

export function context(options: ReadOptions): ReadContext {
  return {
    warnings: [],
    base: options.baseUrl ?? (typeof document === 'undefined' ? undefined : document.baseURI),
    at: [],
    index: new Map(),
  };
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  return JSON.stringify(value)?.slice(0, 40) ?? String(value);
}

/** The checks before any item is read: the whole document is refused here, or never. */
export function refuse(value: unknown): FeedError | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return new FeedError(
      'schema',
      `The feed is not a JSON object (it is ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}).`,
    );
  }
  const version = (value as { version?: unknown }).version;
  if (version !== 1) {
    return new FeedError(
      'version',
      `The feed's "version" is ${describe(version)}; this widget reads feed version ${SUPPORTED_VERSIONS.join(', ')} only` +
        (typeof version === 'number' && version > 1 ? ' (a newer widget may be needed).' : '.'),
    );
  }
  return undefined;
}

/**
 * Reads a feed document with `schema` (the whole feed, or some of its sections): refused as a
 * whole (a FeedError of kind `version` or `schema`) when it is not an object, has an unknown
 * version, or no valid event; anything else that is wrong is dropped and reported in
 * `ctx.warnings`. The result is a new object (its members may be the caller's own).
 */
export function readDocument<T extends { event: FeedEvent }>(
  schema: Schema<T>,
  value: unknown,
  options: ReadOptions,
): { read: T; ctx: ReadContext } {
  const refusal = refuse(value);
  if (refusal) throw refusal;
  const ctx = context(options);
  const read = schema.read(value, ctx);
  if (read instanceof Fail) {
    throw new FeedError('schema', `The feed's event is missing or invalid: ${read.path}: ${read.message}.`);
  }
  if (!isValidTimeZone(read.event.timezone)) {
    throw new FeedError('schema', `The feed's event is invalid: event.timezone: unknown time zone "${read.event.timezone}".`);
  }
  // The caller's object may come back as it is (copy on write): the result itself is always new.
  return { read: { ...read }, ctx };
}

/**
 * Drops (and reports, at the partner's position in the document) each partner whose tier is not
 * in `tiers`; references to it are then unknown too.
 */
export function dropPartnersOfUnknownTiers(feed: Pick<Feed, 'tiers' | 'partners'>, ctx: ReadContext): void {
  const tierIds = new Set(feed.tiers.map((t) => t.id));
  feed.partners = feed.partners.filter((partner, i) => {
    if (tierIds.has(partner.tier)) return true;
    ctx.warnings.push({
      path: `partners[${ctx.index.get(partner) ?? i}].tier`,
      message: `unknown tier ${JSON.stringify(partner.tier)}; item dropped`,
    });
    return false;
  });
}
