import type { CommonMessages } from './en.js';

export default {
  loading: 'Chargement…',
  errorTitle: 'Ce contenu n’a pas pu être chargé.',
  errorDetails: 'Détails pour l’équipe web du site',
  retry: 'Réessayer',
  empty: 'Aucun élément à afficher.',
  staleNotice: 'Mise à jour impossible\u202F; affichage de la dernière version chargée.',
} satisfies CommonMessages;
