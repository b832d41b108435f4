/**
 * Feed v1 (docs/feed.md) as a schema: the one source of the types (types.ts), the reader
 * (read.ts) and the published JSON Schema (dist/feed.schema.json).
 */
import {
  arrayOf,
  country,
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
  year,
} from './schema.js';
import { eventSchema, list, partnerSchema, tierSchema } from './partner-feed-schema.js';

export { eventSchema, partnerFeedSchema, partnerSchema, tierSchema } from './partner-feed-schema.js';

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
