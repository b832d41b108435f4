import type { CommonMessages } from './en.js';

export default {
  loading: 'Cargando…',
  errorTitle: 'No se pudo cargar este contenido.',
  errorDetails: 'Detalles para el equipo web del sitio',
  retry: 'Reintentar',
  empty: 'No hay nada que mostrar.',
  staleNotice: 'No se pudo actualizar; se muestra la última versión cargada.',
} satisfies CommonMessages;
