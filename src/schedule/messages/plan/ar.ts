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
  gridOfDay: (day: string) => `شبكة البرنامج: ${day}`,
  /** How to move in the grid (read with it by screen readers). */
  gridInstructions: 'تنقل مفاتيح الأسهم بين الجلسات (أعلى وأسفل داخل العمود، ويمين ويسار إلى العمود المجاور)، وينقل Home وEnd إلى الجلسة الأولى والأخيرة، ويفتحها Enter.',
  gridDay: 'اليوم المعروض في الشبكة',
  time: 'الوقت',
  noLocation: 'بدون مكان',
  otherSessions: 'جلسات أخرى',
} satisfies PlanMessages;
