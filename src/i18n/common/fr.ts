import type { CommonMessages } from './en.js';

export default {
  loading: 'Chargement…',
  errorTitle: 'Ce contenu n’a pas pu être chargé.',
  errorDetails: 'Détails pour l’équipe web du site',
  errorNetwork: 'Le flux est injoignable\u202F: le réseau a échoué, le navigateur est hors ligne ou l’adresse est erronée.',
  errorHttp: (status: string) => `Le serveur a répondu avec le statut ${status} au lieu du flux.`,
  errorParse: 'Le flux n’est pas un JSON valide.',
  errorSchema: 'Le flux ne suit pas le format feed-v1.',
  errorVersion: 'Ce widget ne lit pas cette version du flux.',
  errorCode: 'Une partie du code de ce widget n’a pas pu être chargée\u202F: le réseau a échoué ou le navigateur est hors ligne.',
  retry: 'Réessayer',
  empty: 'Aucun élément à afficher.',
  staleNotice: 'Mise à jour impossible\u202F; affichage de la dernière version chargée.',
} satisfies CommonMessages;
