import type { PlanMessages } from './en.js';

export default {
  addToMySchedule: (title: string) => `Добавить «${title}» в мою программу`,
  mySchedule: 'Моя программа',
  myScheduleCount: (formatted: string) => `Моя программа (${formatted})`,
  addMyScheduleToCalendar: 'Добавить мою программу в календарь',
  addFilteredToCalendar: 'Добавить отобранные сессии в календарь',
  addAllToCalendar: 'Добавить все сессии в календарь',
  myScheduleEmpty: 'Ваша программа пуста: отметьте сессии звездочкой, чтобы добавить их.',
  overlapsWith: (titles: string) => `Пересекается с: ${titles}`,
  grid: 'Сетка программы',
  gridDay: 'День, показанный в сетке',
  time: 'Время',
  noLocation: 'Место не указано',
  otherSessions: 'Другие сессии',
} satisfies PlanMessages;
