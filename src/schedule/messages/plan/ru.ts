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
  gridOfDay: (day: string) => `Сетка программы: ${day}`,
  /** How to move in the grid (read with it by screen readers). */
  gridInstructions: 'Стрелки переходят между сессиями (вверх и вниз в столбце, влево и вправо к соседнему столбцу), Home и End — к первой и последней сессии, Enter открывает её.',
  gridDay: 'День, показанный в сетке',
  time: 'Время',
  noLocation: 'Место не указано',
  otherSessions: 'Другие сессии',
} satisfies PlanMessages;
