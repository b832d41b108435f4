import type { PartnerWallMessages } from './en.js';

export default {
  regionLabel: 'Socios',
  more: 'Más información',
  moreAbout: (name: string) => `Más información sobre ${name}`,
  countryPrefix: 'País: ',
  emptyNone: 'Todavía no hay socios que mostrar.',
  emptyFiltered: 'No hay socios en las categorías seleccionadas.',
  emptyPartner: 'Los socios seleccionados no figuran en este feed.',
  involvement: 'Participación',
  sessionCount: (n: string, category: Intl.LDMLPluralRule) => (category === 'one' ? `${n} sesión` : `${n} sesiones`),
  sessionCountLink: (n: string, category: Intl.LDMLPluralRule) =>
    category === 'one' ? `${n} sesión en el programa` : `${n} sesiones en el programa`,
  sponsorOf: (prize: string) => `Patrocinador de «${prize}»`,
  programmeShows: (name: string) => `El programa muestra ahora las sesiones de ${name}.`,
} satisfies PartnerWallMessages;
