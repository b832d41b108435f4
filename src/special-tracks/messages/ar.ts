import type { SpecialTracksMessages } from './en.js';

export default {
  listLabel: 'المسارات الخاصة',
  statusPrefix: 'الحالة: ',
  forTrack: (name: string) => ` (${name})`,
  statusNew: 'جديد',
  statusContinuing: 'مستمر',
  statusConcluded: 'منتهٍ',
  editions: (years: string) => `الدورات: ${years}`,
  sessionCount: (n: string, category: Intl.LDMLPluralRule) => {
    switch (category) {
      case 'zero':
        return 'لا توجد جلسات في البرنامج';
      case 'one':
        return 'جلسة واحدة في البرنامج';
      case 'two':
        return 'جلستان في البرنامج';
      case 'few':
        return `${n} جلسات في البرنامج`;
      default:
        return `${n} جلسة في البرنامج`;
    }
  },
  noSessions: 'لا توجد جلسات لهذا المسار في البرنامج بعد',
  trackPage: 'عن هذا المسار',
  seeInProgramme: 'عرض في البرنامج',
  programmeShows: (name: string) => `يعرض البرنامج الآن مسار «${name}».`,
  upcoming: 'الجلسات القادمة',
  noUpcoming: 'لا توجد جلسات قادمة.',
  past: (n: string) => `الجلسات السابقة (${n})`,
  emptyFiltered: 'لا يوجد مسار خاص يطابق هذا الاختيار.',
  emptyNone: 'لا توجد مسارات خاصة في هذا البرنامج.',
  showAll: 'عرض كل المسارات',
  cancelled: 'أُلغيت',
  postponed: 'أُجّلت',
} satisfies SpecialTracksMessages;
