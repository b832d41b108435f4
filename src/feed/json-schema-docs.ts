/**
 * What editors show for each field of feed v1 (`description` and `examples` in
 * dist/feed.schema.json). Build time only: json-schema.ts merges it into the generated schema, and
 * a test checks that every property of the schema has a description here.
 */
export interface FieldDoc {
  description: string;
  examples?: unknown[];
}

/** Per `$defs` name (`Feed` for the top level): the type's own doc, then one per property. */
export type SchemaDocs = Record<string, { self?: FieldDoc; properties?: Record<string, FieldDoc> }>;

const text = (en: string, fr: string) => ({ en, fr });

export const schemaDocs: SchemaDocs = {
  Feed: {
    properties: {
      version: { description: 'The feed format version: 1.', examples: [1] },
      generated: { description: 'When the publisher produced this document.', examples: ['2021-03-15T08:00:00Z'] },
      event: { description: 'The event itself (required: without a valid event the document is refused).' },
      sessionTypes: { description: 'Kinds of session; sessions name one by id in `type`.' },
      tracks: { description: 'Special tracks or themes; sessions name them by id in `tracks`.' },
      locations: { description: 'Rooms, halls or platforms, in the order a grid shows them; sessions name one by id in `location`.' },
      sessions: { description: 'The programme.' },
      tiers: { description: 'Partnership levels; partners name one by id in `tier`.' },
      partners: { description: 'Strategic partners.' },
      prizes: { description: 'Prizes, contests and their awards.' },
      stats: { description: 'Headline figures.' },
    },
  },
  Text: {
    self: {
      description: 'A plain string, or a map from a BCP 47 language tag to a string (the widget shows its own language, then the primary subtag, then en, then the first entry).',
      examples: ['Cybersecurity', text('Cybersecurity', 'Cybersécurité')],
    },
  },
  DateTime: {
    self: { description: 'ISO 8601 date and time with an offset or Z.', examples: ['2021-03-22T14:00:00+01:00'] },
  },
  Date: { self: { description: 'A calendar day (YYYY-MM-DD) in the event time zone.', examples: ['2021-03-22'] } },
  Country: { self: { description: 'ISO 3166-1 alpha-2 country code, upper case.', examples: ['CH'] } },
  Url: {
    self: {
      description: 'An absolute http(s) URL, or a path relative to the feed URL. Other schemes are dropped.',
      examples: ['https://www.itu.int/net4/wsis/forum/2021/', 'sessions/opening.html'],
    },
  },
  ImageUrl: {
    self: {
      description: 'An absolute http(s) URL, a path relative to the feed URL, or a data:image/ URL.',
      examples: ['https://example.org/logo.svg'],
    },
  },
  Event: {
    self: { description: 'The event the feed describes.' },
    properties: {
      id: { description: 'A stable id of the event.', examples: ['wsis-forum-2021'] },
      name: { description: 'The event name.', examples: ['WSIS Forum 2021'] },
      theme: { description: 'The edition theme.' },
      timezone: { description: 'IANA time zone in which the programme is planned.', examples: ['Europe/Zurich'] },
      start: { description: 'First day (in the event time zone).', examples: ['2021-03-15'] },
      end: { description: 'Last day, not before start.', examples: ['2021-05-21'] },
      url: { description: 'The event web site.' },
      logo: { description: 'The event logo.' },
      description: { description: 'About the event (Markdown subset: paragraphs, lists, links, emphasis).' },
      dayStart: {
        description: 'When a conference day begins (HH:MM, event time zone): sessions that start after midnight but before it belong to the day before.',
        examples: ['04:00'],
      },
    },
  },
  SessionType: {
    self: { description: 'A kind of session.' },
    properties: {
      id: { description: 'Unique among sessionTypes.', examples: ['workshop'] },
      name: { description: 'Shown name.', examples: ['Workshop'] },
    },
  },
  Track: {
    self: { description: 'A special track or theme.' },
    properties: {
      id: { description: 'Unique among tracks.', examples: ['ai'] },
      name: { description: 'Shown name.', examples: ['Artificial Intelligence'] },
      description: { description: 'About the track.' },
      url: { description: 'The track page.' },
      color: { description: 'The track colour (#rrggbb).', examples: ['#0072bc'] },
      status: { description: 'new, continuing or concluded.', examples: ['continuing'] },
      editions: { description: 'Years in which the track runs.', examples: [[2020, 2021]] },
    },
  },
  Location: {
    self: { description: 'A room, hall or platform.' },
    properties: {
      id: { description: 'Unique among locations; what a session puts in `location`.', examples: ['room-c'] },
      name: { description: 'Shown name.', examples: ['Room C, CICG'] },
      order: { description: 'Position among the locations (smaller first; then document order).', examples: [1] },
    },
  },
  Link: {
    self: { description: 'A link of a session: slides, a paper, a page.' },
    properties: {
      title: { description: 'The link text.', examples: ['Slides'] },
      url: { description: 'Where it leads.' },
    },
  },
  Person: {
    self: { description: 'A speaker or moderator.' },
    properties: {
      name: { description: 'The public name.', examples: ['Doreen Bogdan-Martin'] },
      role: { description: 'Function or title.', examples: ['Secretary-General, ITU'] },
      organization: { description: 'Organization.', examples: ['ITU'] },
      country: { description: 'Country (ISO 3166-1 alpha-2).', examples: ['US'] },
    },
  },
  Session: {
    self: { description: 'One item of the programme.' },
    properties: {
      id: { description: 'Stable across feed updates: deep links and visitors’ favourites use it.', examples: ['hlpe-opening'] },
      title: { description: 'The session title.' },
      start: { description: 'Start, with offset.', examples: ['2021-03-22T14:00:00+01:00'] },
      end: { description: 'End, with offset; later than start.', examples: ['2021-03-22T15:30:00+01:00'] },
      type: { description: 'A sessionTypes id.', examples: ['workshop'] },
      tracks: { description: 'tracks ids.', examples: [['ai']] },
      organizers: { description: 'Ids of the partners that organize the session; an unknown id is dropped with a warning, the session kept.', examples: [['gcoa']] },
      actionLines: { description: 'WSIS Action Lines C1 … C11.', examples: [['C5', 'C7']] },
      format: { description: 'online, in-person or hybrid.', examples: ['hybrid'] },
      location: {
        description: 'A locations id, or the room, venue or platform as text.',
        examples: ['room-c', 'Zoom'],
      },
      languages: { description: 'BCP 47 tags of the languages spoken or interpreted.', examples: [['en', 'fr']] },
      description: {
        description: 'About the session, in a Markdown subset: blank lines between paragraphs, "- " lists, [text](https://…) links, *emphasis*, **strong**. Never read as HTML.',
      },
      speakers: { description: 'Speakers.' },
      moderators: { description: 'Moderators.' },
      url: { description: 'The session page.' },
      streamUrl: { description: 'Where to watch it live.' },
      recordingUrl: { description: 'Where to watch it afterwards.' },
      links: { description: 'Other links: slides, papers, pages.' },
      status: { description: 'scheduled (default), cancelled or postponed.', examples: ['cancelled'] },
    },
  },
  Tier: {
    self: { description: 'A partnership level.' },
    properties: {
      id: { description: 'Unique among tiers.', examples: ['strategic'] },
      name: { description: 'Shown name.', examples: ['Strategic partner'] },
      rank: { description: 'Order of the tiers: 1 is shown first.', examples: [1] },
    },
  },
  Partner: {
    self: { description: 'A partner organization.' },
    properties: {
      id: { description: 'Unique among partners.', examples: ['uae-tdra'] },
      name: { description: 'Shown name.' },
      tier: { description: 'A tiers id.', examples: ['strategic'] },
      logo: { description: 'The logo.' },
      url: { description: 'The partner web site.' },
      description: { description: 'About the partner.' },
      country: { description: 'Country (ISO 3166-1 alpha-2).', examples: ['AE'] },
    },
  },
  PrizeCategory: {
    self: { description: 'A category of a prize.' },
    properties: {
      id: { description: 'Unique within its prize.', examples: ['c7-e-health'] },
      name: { description: 'Shown name.' },
    },
  },
  Award: {
    self: { description: 'One recipient of a prize.' },
    properties: {
      id: { description: 'Unique within its prize.' },
      recipient: { description: 'The organization, team or person.' },
      rank: { description: 'winner, champion, finalist or honourable-mention.', examples: ['champion'] },
      title: { description: 'The project or entry.' },
      category: { description: 'A category id of its prize.' },
      country: { description: 'Country (ISO 3166-1 alpha-2).' },
      url: { description: 'The project page.' },
      image: { description: 'A picture of the project.' },
      description: { description: 'About the project.' },
    },
  },
  Prize: {
    self: { description: 'A prize or contest.' },
    properties: {
      id: { description: 'Unique among prizes.', examples: ['wsis-prizes-2021'] },
      sponsors: { description: 'Ids of the partners that sponsor the prize; an unknown id is dropped with a warning, the prize kept.', examples: [['gcoa']] },
      name: { description: 'Shown name.' },
      year: { description: 'The edition year.', examples: [2021] },
      description: { description: 'About the prize.' },
      url: { description: 'The prize page.' },
      categories: { description: 'Its categories.' },
      awards: { description: 'Its recipients (may be empty).' },
    },
  },
  Stat: {
    self: { description: 'A headline figure.' },
    properties: {
      id: { description: 'Unique among stats; live updates match by it.', examples: ['participants'] },
      label: { description: 'What is counted.', examples: ['participants'] },
      value: { description: 'A finite number ≥ 0.', examples: [50000] },
      qualifier: { description: 'exact (default), over or about.', examples: ['over'] },
      unit: { description: 'A unit shown with the figure.' },
      description: { description: 'About the figure.' },
    },
  },
};
