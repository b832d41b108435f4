import type { ErrorMessages } from './en.js';

export default {
  network: 'No se pudo acceder a la fuente: falló la red, el navegador no tiene conexión o la dirección es incorrecta.',
  http: (status: string) => `El servidor respondió con el estado ${status} en lugar de la fuente.`,
  parse: 'La fuente no es un JSON válido.',
  schema: 'La fuente no sigue el formato feed-v1.',
  version: 'Este widget no lee esta versión de la fuente.',
  code: 'No se pudo cargar parte del código de este widget: falló la red o el navegador no tiene conexión.',
} satisfies ErrorMessages;
