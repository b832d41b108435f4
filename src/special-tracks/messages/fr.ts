import type { SpecialTracksMessages } from './en.js';

export default {
  listLabel: 'Volets spéciaux',
  statusPrefix: 'Statut\u202F: ',
  forTrack: (name: string) => ` (${name})`,
  statusNew: 'Nouveau',
  statusContinuing: 'Reconduit',
  statusConcluded: 'Terminé',
  editions: (years: string) => `Éditions\u202f: ${years}`,
  sessionCount: (n: string, category: Intl.LDMLPluralRule) =>
    category === 'one' ? `${n} session au programme` : `${n} sessions au programme`,
  noSessions: 'Aucune session au programme pour l’instant',
  trackPage: 'À propos de ce volet',
  seeInProgramme: 'Voir dans le programme',
  programmeShows: (name: string) => `Le programme affiche maintenant le volet «\u202f${name}\u202f».`,
  upcoming: 'Sessions à venir',
  noUpcoming: 'Aucune session à venir.',
  past: (n: string) => `Sessions passées (${n})`,
  emptyFiltered: 'Aucun volet spécial ne correspond à cette sélection.',
  emptyNone: 'Ce programme ne compte aucun volet spécial.',
  showAll: 'Afficher tous les volets',
  cancelled: 'Annulée',
  postponed: 'Reportée',
} satisfies SpecialTracksMessages;
