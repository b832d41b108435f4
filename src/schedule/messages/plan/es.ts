import type { PlanMessages } from './en.js';

export default {
  addToMySchedule: (title: string) => `Añadir «${title}» a mi programa`,
  mySchedule: 'Mi programa',
  myScheduleCount: (formatted: string) => `Mi programa (${formatted})`,
  addMyScheduleToCalendar: 'Añadir mi programa al calendario',
  addFilteredToCalendar: 'Añadir las sesiones filtradas al calendario',
  addAllToCalendar: 'Añadir todas las sesiones al calendario',
  myScheduleEmpty: 'Su programa está vacío: marque sesiones con la estrella para añadirlas.',
  overlapsWith: (titles: string) => `Coincide con ${titles}`,
  grid: 'Cuadrícula del programa',
  gridDay: 'Día mostrado en la cuadrícula',
  time: 'Hora',
  noLocation: 'Sin lugar',
  otherSessions: 'Otras sesiones',
} satisfies PlanMessages;
