import type { SpecialTracksMessages } from './en.js';

export default {
  listLabel: 'Temas especiales',
  statusPrefix: 'Estado: ',
  forTrack: (name: string) => ` (${name})`,
  statusNew: 'Nuevo',
  statusContinuing: 'Continúa',
  statusConcluded: 'Concluido',
  editions: (years: string) => `Ediciones: ${years}`,
  sessionCount: (n: string, category: Intl.LDMLPluralRule) =>
    category === 'one' ? `${n} sesión en el programa` : `${n} sesiones en el programa`,
  noSessions: 'Aún no hay sesiones en el programa',
  trackPage: 'Acerca de este tema',
  seeInProgramme: 'Ver en el programa',
  programmeShows: (name: string) => `El programa muestra ahora el tema «${name}».`,
  upcoming: 'Próximas sesiones',
  noUpcoming: 'No hay próximas sesiones.',
  past: (n: string) => `Sesiones anteriores (${n})`,
  emptyFiltered: 'Ningún tema especial coincide con esta selección.',
  emptyNone: 'No hay temas especiales en este programa.',
  showAll: 'Mostrar todos los temas',
  cancelled: 'Cancelada',
  postponed: 'Aplazada',
} satisfies SpecialTracksMessages;
