import type { PartnerBadgeMessages } from './en.js';

export default {
  noPartner: 'Este socio no figura en el feed.',
  datesPrefix: 'Fechas: ',
} satisfies PartnerBadgeMessages;
