// The public element entries, the tags each must define, and a text from the demo feed that each
// tag shows once it has rendered the feed.
export const shows = {
  'wsis-schedule': 'WSIS TalkX: Ambassadors on ICTs for COVID-19 Response',
  'wsis-partner-wall': 'United Arab Emirates',
  'wsis-prize-winners': 'WSIS Prizes 2021',
  'wsis-special-tracks': 'ICTs and Older Persons',
  'wsis-stats-counter': 'Attendees',
  'wsis-partner-badge': 'WSIS Forum 2021',
};

/** Attributes a tag needs beyond `src` to show something (the badge names one partner). */
export const extraAttributes = { 'wsis-partner-badge': ' partner="uae"' };

const all = Object.keys(shows);

export const entries = [
  { name: 'all', specifier: 'wsis-widgets', tags: all },
  { name: 'schedule', specifier: 'wsis-widgets/schedule.js', tags: ['wsis-schedule'] },
  { name: 'partner-wall', specifier: 'wsis-widgets/partner-wall.js', tags: ['wsis-partner-wall'] },
  { name: 'prize-winners', specifier: 'wsis-widgets/prize-winners.js', tags: ['wsis-prize-winners'] },
  { name: 'special-tracks', specifier: 'wsis-widgets/special-tracks.js', tags: ['wsis-special-tracks'] },
  { name: 'stats-counter', specifier: 'wsis-widgets/stats-counter.js', tags: ['wsis-stats-counter'] },
  { name: 'partner-badge', specifier: 'wsis-widgets/partner-badge.js', tags: ['wsis-partner-badge'] },
].map((entry) => ({ ...entry, others: all.filter((tag) => !entry.tags.includes(tag)) }));
