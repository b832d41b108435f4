// src/partner-wall/messages/fr.ts
var fr_default = {
	regionLabel: "Partenaires",
	more: "En savoir plus",
	moreAbout: (name) => `En savoir plus sur ${name}`,
	countryPrefix: "Pays : ",
	emptyNone: "Aucun partenaire à afficher pour le moment.",
	emptyFiltered: "Aucun partenaire dans les catégories choisies."
};
export { fr_default as default };
