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
  gridOfDay: (day: string) => `Cuadrícula del programa: ${day}`,
  /** How to move in the grid (read with it by screen readers). */
  gridInstructions: 'Las flechas mueven entre sesiones (arriba y abajo en una columna, izquierda y derecha a la columna siguiente), Inicio y Fin van a la primera y la última sesión, Intro la abre.',
  gridDay: 'Día mostrado en la cuadrícula',
  time: 'Hora',
  noLocation: 'Sin lugar',
  otherSessions: 'Otras sesiones',
} satisfies PlanMessages;
