// src/i18n/common/fr.ts
var fr_default = {
	loading: "Chargement…",
	errorTitle: "Ce contenu n’a pas pu être chargé.",
	errorDetails: "Détails pour l’équipe web du site",
	retry: "Réessayer",
	empty: "Aucun élément à afficher.",
	staleNotice: "Mise à jour impossible ; affichage de la dernière version chargée."
};
export { fr_default as default };
