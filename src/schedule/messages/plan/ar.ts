import type { PlanMessages } from './en.js';

export default {
  addToMySchedule: (title: string) => `إضافة «${title}» إلى برنامجي`,
  mySchedule: 'برنامجي',
  myScheduleCount: (formatted: string) => `برنامجي (${formatted})`,
  addMyScheduleToCalendar: 'إضافة برنامجي إلى التقويم',
  addFilteredToCalendar: 'إضافة الجلسات المصفاة إلى التقويم',
  addAllToCalendar: 'إضافة جميع الجلسات إلى التقويم',
  myScheduleEmpty: 'برنامجك فارغ: ضع نجمة على الجلسات لإضافتها.',
  overlapsWith: (titles: string) => `يتداخل مع ${titles}`,
  grid: 'شبكة البرنامج',
  gridDay: 'اليوم المعروض في الشبكة',
  time: 'الوقت',
  noLocation: 'بدون مكان',
  otherSessions: 'جلسات أخرى',
} satisfies PlanMessages;
