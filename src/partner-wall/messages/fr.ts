import type { PartnerWallMessages } from './en.js';

export default {
  regionLabel: 'Partenaires',
  more: 'En savoir plus',
  moreAbout: (name: string) => `En savoir plus sur ${name}`,
  countryPrefix: 'Pays\u202F: ',
  emptyNone: 'Aucun partenaire à afficher pour le moment.',
  emptyFiltered: 'Aucun partenaire dans les catégories choisies.',
  emptyPartner: 'Les partenaires choisis ne figurent pas dans ce flux.',
  involvement: 'Participation',
  sessionCount: (n: string, category: Intl.LDMLPluralRule) => (category === 'one' ? `${n} session` : `${n} sessions`),
  sessionCountLink: (n: string, category: Intl.LDMLPluralRule) =>
    category === 'one' ? `${n} session au programme` : `${n} sessions au programme`,
  sponsorOf: (prize: string) => `Sponsor de «\u202f${prize}\u202f»`,
  programmeShows: (name: string) => `Le programme affiche maintenant les sessions de ${name}.`,
} satisfies PartnerWallMessages;
