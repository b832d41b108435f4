// src/i18n/common/es.ts
var es_default = {
	loading: "Cargando…",
	errorTitle: "No se pudo cargar este contenido.",
	errorDetails: "Detalles para el equipo web del sitio",
	retry: "Reintentar",
	empty: "No hay nada que mostrar.",
	staleNotice: "No se pudo actualizar; se muestra la última versión cargada."
};
export { es_default as default };
