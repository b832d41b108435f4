import type { ScheduleMessages } from './en.js';

export default {
  programme: 'البرنامج',
  timesIn: (zoneName: string, abbreviation: string) => `المواعيد حسب ${zoneName} (${abbreviation}).`,
  showMyTime: 'عرض توقيتي',
  showEventTime: 'عرض توقيت الحدث',
  /** Between the parts of a session's meta line, for screen readers (the parts are shown apart). */
  separator: '، ',
  /** A label and its value (a filter chip, the zone summary): the language's punctuation. */
  labelValue: (label: string, value: string) => `${label}: ${value}`,
  /** A visitor's search text, quoted as the language quotes. */
  quoted: (text: string) => `«${text}»`,
  timeZone: 'المنطقة الزمنية',
  timeZoneHint: 'اكتب اسم مدينة أو منطقة زمنية',
  zoneWithCity: (name: string, city: string) => `${name} (${city})`,
  applyTimeZone: 'تطبيق',
  resetTimeZone: 'إعادة تعيين المنطقة الزمنية',
  search: 'بحث',
  searchHint: 'العنوان، المتحدث، المنظمة، الوصف',
  filters: 'عوامل التصفية',
  track: 'المسار',
  type: 'النوع',
  day: 'اليوم',
  location: 'المكان',
  language: 'اللغة',
  all: 'الكل',
  clearAll: 'مسح كل عوامل التصفية',
  removeFilter: (label: string) => `إزالة عامل التصفية ${label}`,
  // 1 and 2 are said by the noun itself; 3–10 (and 103–110) take the plural, 11–99 and 100–102 the singular.
  results: (formatted: string, category: Intl.LDMLPluralRule) =>
    category === 'zero'
      ? 'لا توجد جلسات'
      : category === 'one'
        ? 'جلسة واحدة'
        : category === 'two'
          ? 'جلستان'
          : category === 'few'
            ? `${formatted} جلسات`
            : `${formatted} جلسة`,
  // After «من أصل» the total's noun is genitive: جلستين for two.
  resultsOf: (shown: string, total: string, _shownCategory: Intl.LDMLPluralRule, totalCategory: Intl.LDMLPluralRule) =>
    totalCategory === 'one'
      ? `${shown} من أصل جلسة واحدة`
      : totalCategory === 'two'
        ? `${shown} من أصل جلستين`
        : totalCategory === 'few'
          ? `${shown} من أصل ${total} جلسات`
          : `${shown} من أصل ${total} جلسة`,
  noResults: 'لا توجد جلسة تطابق عوامل التصفية هذه.',
  noSessions: 'لا يتضمن البرنامج أي جلسات بعد.',
  days: 'الأيام',
  weeks: 'الأسابيع',
  weekOf: (date: string) => `أسبوع ${date}`,
  jumpToNow: 'الانتقال إلى الآن',
  liveNow: 'مباشر الآن',
  watchLive: 'المشاهدة المباشرة',
  cancelled: 'أُلغيت',
  postponed: 'أُرجئت',
  online: 'عبر الإنترنت',
  inPerson: 'حضوريًا',
  hybrid: 'مختلطة',
  speakers: 'المتحدثون',
  moderators: 'مديرو الجلسة',
  tracks: 'المسارات',
  languages: 'اللغات',
  details: 'تفاصيل الجلسة',
  close: 'إغلاق',
  addToCalendar: 'إضافة إلى التقويم',
  copyLink: 'نسخ الرابط',
  linkCopied: 'تم نسخ الرابط.',
  copyFailed: 'تعذّر النسخ؛ الرابط موجود في شريط العنوان.',
  joinStream: 'الانضمام إلى البث',
  recording: 'التسجيل',
  sessionPage: 'صفحة الجلسة',
  previous: 'الجلسة السابقة',
  next: 'الجلسة التالية',
  links: 'روابط',
  organizers: 'الجهات المنظمة',
  organizedBy: (names: string) => `تنظيم ${names}`,
} satisfies ScheduleMessages;
