// src/prize-winners/messages/fr.ts
var fr_default = {
	rankWinner: "Lauréat",
	rankChampion: "Champion",
	rankFinalist: "Finaliste",
	rankHonourableMention: "Mention honorable",
	filtersLabel: "Filtrer les prix et les distinctions",
	filterPrize: "Prix",
	filterYear: "Année",
	filterCategory: "Catégorie",
	filterRank: "Rang",
	allPrizes: "Tous les prix",
	allYears: "Toutes les années",
	allCategories: "Toutes les catégories",
	allRanks: "Tous les rangs",
	results: (prizes, awards) => `Prix affichés\u202f: ${prizes}. Distinctions affichées\u202f: ${awards}.`,
	clearFilters: "Effacer les filtres",
	noMatch: "Aucun prix ni aucune distinction ne correspond à ces filtres.",
	noPrizes: "Aucun prix dans ce flux.",
	notListed: "Les lauréats ne figurent pas dans ce flux.",
	categories: "Catégories",
	otherAwards: "Autres distinctions",
	readDescription: "Lire la description",
	moreAbout: (name) => `En savoir plus sur ${name}`,
	prizePage: (name) => `Page du prix ${name}`
};
export { fr_default as default };
