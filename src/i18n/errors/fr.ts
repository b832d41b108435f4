import type { ErrorMessages } from './en.js';

export default {
  network: 'Le flux est injoignable\u202F: le réseau a échoué, le navigateur est hors ligne ou l’adresse est erronée.',
  http: (status: string) => `Le serveur a répondu avec le statut ${status} au lieu du flux.`,
  parse: 'Le flux n’est pas un JSON valide.',
  schema: 'Le flux ne suit pas le format feed-v1.',
  version: 'Ce widget ne lit pas cette version du flux.',
  code: 'Une partie du code de ce widget n’a pas pu être chargée\u202F: le réseau a échoué ou le navigateur est hors ligne.',
} satisfies ErrorMessages;
