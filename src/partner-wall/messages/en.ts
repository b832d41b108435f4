/** UI strings of <wsis-partner-wall>. Names and tiers come from the feed. */
const messages = {
  /** Accessible name of the scrollable row (`layout="row"`). */
  regionLabel: 'Partners',
  /** Visible label of the button that shows a partner's description. */
  more: 'More',
  /** Accessible name of that button; must contain `more`, so that voice users can say what they see. */
  moreAbout: (name: string) => `More about ${name}`,
  /** Read before the country's name (visually hidden); includes its punctuation. */
  countryPrefix: 'Country: ',
  /** Empty state: the feed lists no partners. */
  emptyNone: 'No partners to show yet.',
  /** Empty state: the `tier` filter leaves no partner. */
  emptyFiltered: 'No partners in the selected tiers.',
  /** Empty state: `partner` names no partner of the feed (or none left by `tier`). */
  emptyPartner: 'The selected partners are not in this feed.',
  /** Heading of the card's list of what the partner did at the event. */
  involvement: 'Involvement',
  /** `n` is the formatted count, `category` its plural category (Intl.PluralRules). */
  sessionCount: (n: string, category: Intl.LDMLPluralRule) => (category === 'one' ? `${n} session` : `${n} sessions`),
  /** The same as a button that opens the linked programme; must start with the count's words. */
  sessionCountLink: (n: string, category: Intl.LDMLPluralRule) =>
    category === 'one' ? `${n} session in the programme` : `${n} sessions in the programme`,
  /** One prize the partner sponsors (its name from the feed). */
  sponsorOf: (prize: string) => `Sponsor of the ${prize}`,
  /** Announced after the linked programme was filtered. */
  programmeShows: (name: string) => `The programme now shows the sessions of ${name}.`,
};
export default messages;
export type PartnerWallMessages = typeof messages;
