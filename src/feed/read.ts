import { FeedError } from './errors.js';
import { feedSchema, liveStatsSchema } from './feed-schema.js';
import {
  context,
  dropPartnersOfUnknownTiers,
  readDocument,
  refuse,
  type ReadOptions,
  type ReadResult,
} from './read-document.js';
import { Fail, type ReadContext } from './schema.js';
import type { Feed, FeedWarning, Session, Stat } from './types.js';

export { SUPPORTED_VERSIONS, type ReadOptions, type ReadResult } from './read-document.js';

/**
 * Reads a parsed JSON value as a feed v1 document. Never throws, except a FeedError (kind
 * `version` or `schema`) when the whole document is refused: not an object, an unknown
 * version, no valid event. Anything else that is wrong is dropped (the item, the field or the
 * reference) and reported in `warnings` as `{path, message}`.
 */
export function readFeed(value: unknown, options: ReadOptions = {}): ReadResult {
  const { read: feed, ctx } = readDocument(feedSchema, value, options);
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
  const at = (list: 'sessions' | 'prizes' | 'awards', item: object, within?: { awards: object[] }) => {
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
  dropPartnersOfUnknownTiers(feed, ctx);
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
