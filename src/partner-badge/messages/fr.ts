import type { PartnerBadgeMessages } from './en.js';

export default {
  noPartner: 'Ce partenaire ne figure pas dans le flux.',
  datesPrefix: 'Dates\u202f: ',
} satisfies PartnerBadgeMessages;
