import type { PartnerBadgeMessages } from './en.js';

export default {
  noPartner: 'Этого партнера нет в данных.',
  datesPrefix: 'Даты: ',
} satisfies PartnerBadgeMessages;
