/**
 * The shape of a feed after it has been read (feed-v1.md): every item here passed validation,
 * URLs are absolute and of an allowed scheme, references point at existing ids. The types come
 * from the schema (feed-schema.ts), the one source of the reader and of dist/feed.schema.json.
 */
import type {
  awardSchema,
  eventSchema,
  feedSchema,
  linkSchema,
  locationSchema,
  partnerSchema,
  personSchema,
  prizeCategorySchema,
  prizeSchema,
  sessionSchema,
  sessionTypeSchema,
  statSchema,
  tierSchema,
  trackSchema,
} from './feed-schema.js';
import type { Infer } from './schema.js';

/** A plain string, or a map from a BCP 47 tag to a string. */
export type { Text } from './schema.js';

// Named interfaces rather than aliases: editors and the generated .d.ts then show `Session`, not
// its whole expansion.
/* eslint-disable @typescript-eslint/no-empty-object-type */
export interface FeedEvent extends Infer<typeof eventSchema> {}
export interface SessionType extends Infer<typeof sessionTypeSchema> {}
export interface Track extends Infer<typeof trackSchema> {}
export interface Link extends Infer<typeof linkSchema> {}
export interface Location extends Infer<typeof locationSchema> {}
export interface Person extends Infer<typeof personSchema> {}
export interface Session extends Infer<typeof sessionSchema> {}
export interface Tier extends Infer<typeof tierSchema> {}
export interface Partner extends Infer<typeof partnerSchema> {}
export interface PrizeCategory extends Infer<typeof prizeCategorySchema> {}
export interface Award extends Infer<typeof awardSchema> {}
export interface Prize extends Infer<typeof prizeSchema> {}
export interface Stat extends Infer<typeof statSchema> {}
export interface Feed extends Infer<typeof feedSchema> {}
/* eslint-enable @typescript-eslint/no-empty-object-type */

export type SessionFormat = NonNullable<Session['format']>;
export type SessionStatus = NonNullable<Session['status']>;
export type TrackStatus = NonNullable<Track['status']>;
export type AwardRank = Award['rank'];
export type StatQualifier = NonNullable<Stat['qualifier']>;

/** A dropped item or field: `sessions[41].start: not a date-time with offset; item dropped`. */
export interface FeedWarning {
  path: string;
  message: string;
}

export type FeedErrorKind = 'network' | 'http' | 'parse' | 'schema' | 'version';
