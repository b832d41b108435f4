import type { CommonMessages } from './en.js';

export default {
  loading: 'Chargement…',
  errorTitle: 'Ce contenu n’a pas pu être chargé.',
  errorDetails: 'Détails pour l’équipe web du site',
  retry: 'Réessayer',
  empty: 'Rien à afficher.',
  staleNotice: 'Mise à jour impossible ; dernière version affichée.',
} satisfies CommonMessages;
