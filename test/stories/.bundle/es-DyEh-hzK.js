// src/partner-wall/messages/es.ts
var es_default = {
	regionLabel: "Socios",
	more: "Más información",
	moreAbout: (name) => `Más información sobre ${name}`,
	countryPrefix: "País: ",
	emptyNone: "Todavía no hay socios que mostrar.",
	emptyFiltered: "No hay socios en las categorías seleccionadas."
};
export { es_default as default };
