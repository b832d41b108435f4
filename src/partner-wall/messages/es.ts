import type { PartnerWallMessages } from './en.js';

export default {
  regionLabel: 'Socios',
  more: 'Más información',
  moreAbout: (name: string) => `Más información sobre ${name}`,
  countryPrefix: 'País: ',
  emptyNone: 'Todavía no hay socios que mostrar.',
  emptyFiltered: 'No hay socios en las categorías seleccionadas.',
} satisfies PartnerWallMessages;
