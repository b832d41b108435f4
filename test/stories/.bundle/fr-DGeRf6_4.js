// src/special-tracks/messages/fr.ts
var fr_default = {
	listLabel: "Volets spéciaux",
	statusPrefix: "Statut",
	statusNew: "Nouveau",
	statusContinuing: "Reconduit",
	statusConcluded: "Terminé",
	editions: (years) => `Éditions\u202f: ${years}`,
	sessionCount: (n, category) => category === "one" ? `${n} session au programme` : `${n} sessions au programme`,
	noSessions: "Aucune session au programme pour l’instant",
	trackPage: "À propos de ce volet",
	seeInProgramme: "Voir dans le programme",
	programmeShows: (name) => `Le programme affiche maintenant le volet «\u202f${name}\u202f».`,
	upcoming: "Sessions à venir",
	noUpcoming: "Aucune session à venir.",
	past: (n) => `Sessions passées (${n})`,
	emptyFiltered: "Aucun volet spécial ne correspond à cette sélection.",
	emptyNone: "Ce programme ne compte aucun volet spécial.",
	showAll: "Afficher tous les volets",
	cancelled: "Annulée",
	postponed: "Reportée"
};
export { fr_default as default };
