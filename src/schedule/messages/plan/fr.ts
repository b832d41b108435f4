import type { PlanMessages } from './en.js';

export default {
  addToMySchedule: (title: string) => `Ajouter «\u202F${title}\u202F» à mon programme`,
  mySchedule: 'Mon programme',
  myScheduleCount: (formatted: string) => `Mon programme (${formatted})`,
  addMyScheduleToCalendar: 'Ajouter mon programme au calendrier',
  addFilteredToCalendar: 'Ajouter les sessions filtrées au calendrier',
  addAllToCalendar: 'Ajouter toutes les sessions au calendrier',
  myScheduleEmpty: 'Votre programme est vide\u202F: ajoutez-y des sessions avec l’étoile.',
  overlapsWith: (titles: string) => `Chevauche ${titles}`,
  grid: 'Grille du programme',
  gridOfDay: (day: string) => `Grille du programme\u202F: ${day}`,
  /** How to move in the grid (read with it by screen readers). */
  gridInstructions: 'Les flèches passent d’une session à l’autre (haut et bas dans une colonne, gauche et droite vers la colonne voisine), Début et Fin vont à la première et à la dernière session, Entrée l’ouvre.',
  gridDay: 'Jour affiché dans la grille',
  time: 'Heure',
  noLocation: 'Sans lieu',
  otherSessions: 'Autres sessions',
} satisfies PlanMessages;
