/**
 * The sections of feed v1 that `<wsis-partner-badge>` reads (event, tiers, partners), apart from
 * the others (feed-schema.ts, which uses and re-exports them): so that the badge's reader
 * (read-partners.ts) loads these schemas and not the whole feed's.
 */
import { arrayOf, country, date, id, integer, literal, named, object, optional, pattern, text, url, withDefault } from './schema.js';

/** IANA zone names; whether the zone exists is checked by the reader (read.ts). */
const timeZone = () =>
  pattern(/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/, 'not an IANA time zone name (Europe/Zurich)');

export const eventSchema = named(
  'Event',
  object(
    {
      id: id(),
      name: text(),
      theme: optional(text()),
      timezone: timeZone(),
      start: date(),
      end: date(),
      url: optional(url()),
      logo: optional(url({ image: true })),
      description: optional(text()),
      dayStart: optional(pattern(/^([01]\d|2[0-3]):[0-5]\d$/, 'not a time of day (HH:MM)')),
    },
    (event) => (event.end < event.start ? { member: 'end', message: 'before start' } : undefined),
  ),
);

export const tierSchema = named('Tier', object({ id: id(), name: text(), rank: integer(1) }));

export const partnerSchema = named(
  'Partner',
  object({
    id: id(),
    name: text(),
    tier: id(),
    logo: optional(url({ image: true })),
    url: optional(url()),
    description: optional(text()),
    country: optional(country()),
  }),
);

/** A top-level list: absent or not an array reads as an empty list (shared, frozen). */
const none = Object.freeze([]) as never[];
export const list = <T>(item: Parameters<typeof arrayOf<T>>[0]) => withDefault(arrayOf(item, { unique: true }), none);

/**
 * What `<wsis-partner-badge>` reads of a feed document: its event, tiers and partners, by the
 * same schemas as the whole feed (read-partners.ts); the other sections are not looked at.
 */
export const partnerFeedSchema = object({
  version: literal(1),
  event: eventSchema,
  tiers: list(tierSchema),
  partners: list(partnerSchema),
});
