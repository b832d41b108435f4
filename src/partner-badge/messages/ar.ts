import type { PartnerBadgeMessages } from './en.js';

export default {
  noPartner: 'هذا الشريك غير موجود في البيانات.',
  datesPrefix: 'التواريخ: ',
} satisfies PartnerBadgeMessages;
