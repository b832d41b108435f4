/**
 * Feed v1 (docs/feed.md) as a schema: the one source of the types (types.ts), the reader
 * (read.ts) and the published JSON Schema (dist/feed.schema.json).
 */
import {
  arrayOf,
  country,
  date,
  dateTime,
  enumOf,
  id,
  integer,
  literal,
  named,
  number,
  object,
  optional,
  pattern,
  string,
  text,
  url,
  withDefault,
  year,
} from './schema.js';

const ids = () => arrayOf(id());

/**
 * Whether DateTime `a` is after `b`. Written alike (same length, so the same fields, and the same
 * offset) they compare as text, which is much faster than parsing both; else as instants.
 */
function later(a: string, b: string): boolean {
  const offset = a.length === b.length ? /(?:[+-]\d\d:\d\d|Z)$/.exec(a)?.[0] : undefined;
  if (offset && b.endsWith(offset)) return a > b;
  return Date.parse(a) > Date.parse(b);
}
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

export const sessionTypeSchema = named('SessionType', object({ id: id(), name: text() }));

export const trackSchema = named(
  'Track',
  object({
    id: id(),
    name: text(),
    description: optional(text()),
    url: optional(url()),
    color: optional(pattern(/^#[0-9a-fA-F]{6}$/, 'not a colour (#rrggbb)')),
    status: optional(enumOf('new', 'continuing', 'concluded')),
    editions: optional(arrayOf(year())),
  }),
);

export const personSchema = named(
  'Person',
  object({
    name: string(),
    role: optional(text()),
    organization: optional(text()),
    country: optional(country()),
  }),
);

/** A link of a session (slides, a paper, the talk's page elsewhere). */
export const linkSchema = named('Link', object({ title: text(), url: url() }));

/** A room, hall or platform; sessions name it by id in `location`. */
export const locationSchema = named(
  'Location',
  object({ id: id(), name: text(), order: optional(integer()) }),
);

export const sessionSchema = named(
  'Session',
  object(
    {
      id: id(),
      title: text(),
      start: dateTime(),
      end: dateTime(),
      type: optional(id()),
      tracks: optional(ids()),
      actionLines: optional(arrayOf(pattern(/^C([1-9]|1[01])$/, 'not a WSIS Action Line (C1 … C11)'))),
      format: optional(enumOf('online', 'in-person', 'hybrid')),
      location: optional(text()),
      languages: optional(arrayOf(pattern(/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/, 'not a language tag'))),
      description: optional(text()),
      speakers: optional(arrayOf(personSchema)),
      moderators: optional(arrayOf(personSchema)),
      url: optional(url()),
      streamUrl: optional(url()),
      recordingUrl: optional(url()),
      links: optional(arrayOf(linkSchema)),
      status: optional(enumOf('scheduled', 'cancelled', 'postponed')),
      // Partner involvement (issue 22): `partners` ids, checked by the reader like `tracks`.
      organizers: optional(ids()),
    },
    (session) => (later(session.end, session.start) ? undefined : { member: 'end', message: 'not later than start' }),
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

export const prizeCategorySchema = named('PrizeCategory', object({ id: id(), name: text() }));

export const awardSchema = named(
  'Award',
  object({
    id: id(),
    recipient: string(),
    rank: enumOf('winner', 'champion', 'finalist', 'honourable-mention'),
    title: optional(text()),
    category: optional(id()),
    country: optional(country()),
    url: optional(url()),
    image: optional(url({ image: true })),
    description: optional(text()),
  }),
);

export const prizeSchema = named(
  'Prize',
  object({
    id: id(),
    name: text(),
    year: year(),
    description: optional(text()),
    url: optional(url()),
    categories: optional(arrayOf(prizeCategorySchema, { unique: true })),
    awards: arrayOf(awardSchema, { unique: true }),
    sponsors: optional(ids()),
  }),
);

export const statSchema = named(
  'Stat',
  object({
    id: id(),
    label: text(),
    value: number(0),
    qualifier: optional(enumOf('exact', 'over', 'about')),
    unit: optional(text()),
    description: optional(text()),
  }),
);

/** A top-level list: absent or not an array reads as an empty list (shared, frozen). */
const none = Object.freeze([]) as never[];
const list = <T>(item: Parameters<typeof arrayOf<T>>[0]) => withDefault(arrayOf(item, { unique: true }), none);

export const feedSchema = object({
  version: literal(1),
  generated: optional(dateTime()),
  event: eventSchema,
  sessionTypes: list(sessionTypeSchema),
  tracks: list(trackSchema),
  locations: list(locationSchema),
  sessions: list(sessionSchema),
  tiers: list(tierSchema),
  partners: list(partnerSchema),
  prizes: list(prizeSchema),
  stats: list(statSchema),
});

/** The live statistics document: `{version: 1, generated?, stats}`. */
export const liveStatsSchema = object({
  version: literal(1),
  generated: optional(dateTime()),
  stats: list(statSchema),
});

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
