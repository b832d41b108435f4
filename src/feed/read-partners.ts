import { partnerFeedSchema } from './partner-feed-schema.js';
import { dropPartnersOfUnknownTiers, readDocument, type ReadOptions, type ReadResult } from './read-document.js';

/** The sections this reader leaves unread: empty (shared, frozen). */
const none = Object.freeze([]) as never[];

/**
 * Reads a parsed JSON value as a feed v1 document for `<wsis-partner-badge>`, which shows only
 * the event and one partner's tier: by feed-v1's rules for those sections (readFeed's own
 * schemas and checks), and nothing else. Refused as a whole (a FeedError of kind `version` or
 * `schema`) like readFeed: not an object, an unknown version, no valid event (time zone
 * included). A bad tier or partner is dropped and reported in `warnings`, as is a partner whose
 * tier is unknown. The other lists of the result are empty; problems in them are not reported.
 */
export function readPartnerFeed(value: unknown, options: ReadOptions = {}): ReadResult {
  const { read, ctx } = readDocument(partnerFeedSchema, value, options);
  dropPartnersOfUnknownTiers(read, ctx);
  // Only what was read: a document read as it is comes back as it is (copy on write), members
  // this reader did not look at included.
  const { version, event, tiers, partners } = read;
  const feed = { version, event, tiers, partners, sessionTypes: none, tracks: none, locations: none, sessions: none, prizes: none, stats: none };
  return { feed, warnings: ctx.warnings };
}
