import type { CommonMessages } from './en.js';

export default {
  loading: 'Cargando…',
  errorTitle: 'No se pudo cargar este contenido.',
  errorDetails: 'Detalles para el equipo web del sitio',
  errorNetwork: 'No se pudo acceder a la fuente: falló la red, el navegador no tiene conexión o la dirección es incorrecta.',
  errorHttp: (status: string) => `El servidor respondió con el estado ${status} en lugar de la fuente.`,
  errorParse: 'La fuente no es un JSON válido.',
  errorSchema: 'La fuente no sigue el formato feed-v1.',
  errorVersion: 'Este widget no lee esta versión de la fuente.',
  errorCode: 'No se pudo cargar parte del código de este widget: falló la red o el navegador no tiene conexión.',
  retry: 'Reintentar',
  empty: 'No hay nada que mostrar.',
  staleNotice: 'No se pudo actualizar; se muestra la última versión cargada.',
} satisfies CommonMessages;
