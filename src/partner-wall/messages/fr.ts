import type { PartnerWallMessages } from './en.js';

export default {
  regionLabel: 'Partenaires',
  more: 'En savoir plus',
  moreAbout: (name: string) => `En savoir plus sur ${name}`,
  countryPrefix: 'Pays : ',
  emptyNone: 'Aucun partenaire à afficher pour le moment.',
  emptyFiltered: 'Aucun partenaire dans les catégories choisies.',
} satisfies PartnerWallMessages;
