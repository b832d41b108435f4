import type { PartnerWallMessages } from './en.js';

const sessions = (n: string, category: Intl.LDMLPluralRule) =>
  ({ zero: 'لا توجد جلسات', one: 'جلسة واحدة', two: 'جلستان', few: `${n} جلسات` } as Partial<Record<string, string>>)[category] ??
  `${n} جلسة`;

export default {
  regionLabel: 'الشركاء',
  more: 'المزيد',
  moreAbout: (name: string) => `المزيد عن ${name}`,
  countryPrefix: 'البلد: ',
  emptyNone: 'لا يوجد شركاء لعرضهم بعد.',
  emptyFiltered: 'لا يوجد شركاء في الفئات المحددة.',
  emptyPartner: 'الشركاء المحددون غير موجودين في هذه البيانات.',
  involvement: 'المشاركة',
  sessionCount: sessions,
  sessionCountLink: (n: string, category: Intl.LDMLPluralRule) => `${sessions(n, category)} في البرنامج`,
  sponsorOf: (prize: string) => `راعي «${prize}»`,
  programmeShows: (name: string) => `يعرض البرنامج الآن جلسات ${name}.`,
} satisfies PartnerWallMessages;
