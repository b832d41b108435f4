/** UI strings of `<wsis-special-tracks>` (English, bundled). */
const messages = {
  listLabel: 'Special tracks',
  /** Read before the status word (hidden: the badge shows the word alone). */
  statusPrefix: 'Status: ',
  /** The track a button or link is about, read after its words (hidden). */
  forTrack: (name: string) => ` (${name})`,
  statusNew: 'New',
  statusContinuing: 'Continuing',
  statusConcluded: 'Concluded',
  /** `years` is already a localized list ("2021 and 2022"). */
  editions: (years: string) => `Editions: ${years}`,
  /** `n` is the formatted count, `category` its plural category (Intl.PluralRules). */
  sessionCount: (n: string, category: Intl.LDMLPluralRule) =>
    category === 'one' ? `${n} session in the programme` : `${n} sessions in the programme`,
  noSessions: 'No sessions in the programme yet',
  trackPage: 'About this track',
  seeInProgramme: 'See in the programme',
  programmeShows: (name: string) => `The programme now shows the track “${name}”.`,
  upcoming: 'Upcoming sessions',
  noUpcoming: 'No upcoming sessions.',
  past: (n: string) => `Past sessions (${n})`,
  emptyFiltered: 'No special track matches this selection.',
  emptyNone: 'There are no special tracks in this programme.',
  showAll: 'Show all tracks',
  cancelled: 'Cancelled',
  postponed: 'Postponed',
};
export default messages;
export type SpecialTracksMessages = typeof messages;
