/** UI strings of <wsis-partner-badge>. The tier and event names come from the feed. */
const messages = {
  /** Empty state: `partner` is missing or names no partner of the feed. */
  noPartner: 'This partner is not in the feed.',
  /** Read (visually hidden) before the dates, so that they are not heard as part of the name. */
  datesPrefix: 'Dates: ',
};
export default messages;
export type PartnerBadgeMessages = typeof messages;
