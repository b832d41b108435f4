import type { PlanMessages } from './en.js';

export default {
  addToMySchedule: (title: string) => `Ajouter « ${title} » à mon programme`,
  mySchedule: 'Mon programme',
  myScheduleCount: (formatted: string) => `Mon programme (${formatted})`,
  addMyScheduleToCalendar: 'Ajouter mon programme à l’agenda',
  addFilteredToCalendar: 'Ajouter les sessions filtrées à l’agenda',
  addAllToCalendar: 'Ajouter toutes les sessions à l’agenda',
  myScheduleEmpty: 'Votre programme est vide : ajoutez-y des sessions avec l’étoile.',
  overlapsWith: (titles: string) => `Chevauche ${titles}`,
  grid: 'Grille du programme',
  gridDay: 'Jour affiché dans la grille',
  time: 'Heure',
  noLocation: 'Sans lieu',
  otherSessions: 'Autres sessions',
} satisfies PlanMessages;
