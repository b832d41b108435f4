import type { PartnerWallMessages } from './en.js';

export default {
  regionLabel: 'الشركاء',
  more: 'المزيد',
  moreAbout: (name: string) => `المزيد عن ${name}`,
  countryPrefix: 'البلد: ',
  emptyNone: 'لا يوجد شركاء لعرضهم بعد.',
  emptyFiltered: 'لا يوجد شركاء في الفئات المحددة.',
} satisfies PartnerWallMessages;
