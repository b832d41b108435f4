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
};
export default messages;
export type PartnerWallMessages = typeof messages;
