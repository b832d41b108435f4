import { isValidTimeZone } from '../internal/time-zone.js';
import { FeedError } from './errors.js';
import { feedSchema, liveStatsSchema } from './feed-schema.js';
import { Fail, type ReadContext } from './schema.js';
import type { Feed, FeedWarning, Session, Stat } from './types.js';

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


function context(options: ReadOptions): ReadContext {
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
function refuse(value: unknown): FeedError | undefined {
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
 * Reads a parsed JSON value as a feed v1 document. Never throws, except a FeedError (kind
 * `version` or `schema`) when the whole document is refused: not an object, an unknown
 * version, no valid event. Anything else that is wrong is dropped (the item, the field or the
 * reference) and reported in `warnings` as `{path, message}`.
 */
export function readFeed(value: unknown, options: ReadOptions = {}): ReadResult {
  const refusal = refuse(value);
  if (refusal) throw refusal;
  const ctx = context(options);
  const read = feedSchema.read(value, ctx);
  if (read instanceof Fail) {
    throw new FeedError('schema', `The feed's event is missing or invalid: ${read.path}: ${read.message}.`);
  }
  // The caller's object may come back as it is (copy on write): the feed itself is always new.
  const feed: Feed = { ...read };
  if (!isValidTimeZone(feed.event.timezone)) {
    throw new FeedError('schema', `The feed's event is invalid: event.timezone: unknown time zone "${feed.event.timezone}".`);
  }
  checkReferences(feed, ctx);
  return { feed, warnings: ctx.warnings };
}

/**
 * Reads a live statistics document (`{version: 1, generated?, stats}`); its figures are merged
 * into the feed's by id. Throws a FeedError only when the whole document is refused.
 */
export function readLiveStats(value: unknown): { stats: Stat[]; generated?: string; warnings: FeedWarning[] } {
  const refusal = refuse(value);
  if (refusal) throw refusal;
  const ctx = context({});
  const doc = liveStatsSchema.read(value, ctx);
  if (doc instanceof Fail) throw new FeedError('schema', `${doc.path}: ${doc.message}`);
  return { stats: doc.stats, generated: doc.generated, warnings: ctx.warnings };
}

/**
 * Dangling references: the reference is dropped (or, for a partner's tier, the partner). The
 * items may be the caller's own objects (copy on write): they are replaced, never changed.
 */
function checkReferences(feed: Feed, ctx: ReadContext): void {
  // An item's position in the document: recorded when earlier items were dropped, else its own.
  const at = (list: 'sessions' | 'partners' | 'prizes' | 'awards', item: object, within?: { awards: object[] }) => {
    const items: readonly object[] = list === 'awards' ? (within?.awards ?? []) : feed[list];
    return `${list}[${ctx.index.get(item) ?? items.indexOf(item)}]`;
  };
  const warn = (path: string, member: string, message: string) =>
    ctx.warnings.push({ path: `${path}.${member}`, message });
  /** A list of references without the unknown ones (each reported), or undefined when all are known. */
  const known = (refs: string[] | undefined, ids: Set<string>, path: () => string, member: string, kind: string) => {
    if (!refs?.some((ref) => !ids.has(ref))) return undefined;
    return refs.filter((ref, i) => {
      if (ids.has(ref)) return true;
      warn(path(), `${member}[${i}]`, `unknown ${kind} ${JSON.stringify(ref)}; reference dropped`);
      return false;
    });
  };
  const typeIds = new Set(feed.sessionTypes.map((t) => t.id));
  const trackIds = new Set(feed.tracks.map((t) => t.id));
  // Partners first: one whose tier is unknown is gone, so references to it are unknown too.
  const tierIds = new Set(feed.tiers.map((t) => t.id));
  feed.partners = feed.partners.filter((partner) => {
    if (tierIds.has(partner.tier)) return true;
    warn(at('partners', partner), 'tier', `unknown tier ${JSON.stringify(partner.tier)}; item dropped`);
    return false;
  });
  const partnerIds = new Set(feed.partners.map((p) => p.id));
  let sessions: Session[] | undefined;
  feed.sessions.forEach((original, s) => {
    let session = original;
    if (session.type !== undefined && !typeIds.has(session.type)) {
      warn(at('sessions', original), 'type', `unknown session type ${JSON.stringify(session.type)}; reference dropped`);
      session = { ...session };
      delete session.type;
    }
    const where = () => at('sessions', original);
    const tracks = known(session.tracks, trackIds, where, 'tracks', 'track');
    if (tracks) session = { ...session, tracks };
    const organizers = known(session.organizers, partnerIds, where, 'organizers', 'partner');
    if (organizers) session = { ...session, organizers };
    if (session !== original) (sessions ??= feed.sessions.slice())[s] = session;
  });
  if (sessions) feed.sessions = sessions;
  feed.prizes = feed.prizes.map((original) => {
    let prize = original;
    const sponsors = known(prize.sponsors, partnerIds, () => at('prizes', original), 'sponsors', 'partner');
    if (sponsors) prize = { ...prize, sponsors };
    const categoryIds = new Set(prize.categories?.map((c) => c.id));
    let changed = false;
    const awards = prize.awards.map((award) => {
      if (award.category === undefined || categoryIds.has(award.category)) return award;
      warn(
        `${at('prizes', original)}.${at('awards', award, prize)}`,
        'category',
        `unknown category ${JSON.stringify(award.category)} of its prize; reference dropped`,
      );
      changed = true;
      const copy = { ...award };
      delete copy.category;
      return copy;
    });
    return changed ? { ...prize, awards } : prize;
  });
}
