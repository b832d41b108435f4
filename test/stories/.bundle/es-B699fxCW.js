// src/prize-winners/messages/es.ts
var es_default = {
	rankWinner: "Ganador",
	rankChampion: "Campeón",
	rankFinalist: "Finalista",
	rankHonourableMention: "Mención honorífica",
	filtersLabel: "Filtrar premios y galardones",
	filterPrize: "Premio",
	filterYear: "Año",
	filterCategory: "Categoría",
	filterRank: "Puesto",
	allPrizes: "Todos los premios",
	allYears: "Todos los años",
	allCategories: "Todas las categorías",
	allRanks: "Todos los puestos",
	results: (prizes, awards) => `Premios mostrados: ${prizes}. Galardones mostrados: ${awards}.`,
	clearFilters: "Borrar los filtros",
	noMatch: "Ningún premio ni galardón coincide con estos filtros.",
	noPrizes: "No hay premios en esta fuente.",
	notListed: "Los ganadores no figuran en esta fuente.",
	categories: "Categorías",
	otherAwards: "Otros galardones",
	readDescription: "Leer la descripción",
	moreAbout: (name) => `Más información sobre ${name}`,
	prizePage: (name) => `Página de ${name}`
};
export { es_default as default };
