import type { PlanMessages } from './en.js';

export default {
  addToMySchedule: (title: string) => `Ajouter « ${title} » à mon programme`,
  mySchedule: 'Mon programme',
  myScheduleCount: (formatted: string) => `Mon programme (${formatted})`,
  addMyScheduleToCalendar: 'Ajouter mon programme au calendrier',
  addFilteredToCalendar: 'Ajouter les sessions filtrées au calendrier',
  addAllToCalendar: 'Ajouter toutes les sessions au calendrier',
  myScheduleEmpty: 'Votre programme est vide : ajoutez-y des sessions avec l’étoile.',
  overlapsWith: (titles: string) => `Chevauche ${titles}`,
  grid: 'Grille du programme',
  gridDay: 'Jour affiché dans la grille',
  time: 'Heure',
  noLocation: 'Sans lieu',
  otherSessions: 'Autres sessions',
} satisfies PlanMessages;
