// src/special-tracks/messages/es.ts
var es_default = {
	listLabel: "Temas especiales",
	statusPrefix: "Estado",
	statusNew: "Nuevo",
	statusContinuing: "Continúa",
	statusConcluded: "Concluido",
	editions: (years) => `Ediciones: ${years}`,
	sessionCount: (n, category) => category === "one" ? `${n} sesión en el programa` : `${n} sesiones en el programa`,
	noSessions: "Aún no hay sesiones en el programa",
	trackPage: "Acerca de este tema",
	seeInProgramme: "Ver en el programa",
	programmeShows: (name) => `El programa muestra ahora el tema «${name}».`,
	upcoming: "Próximas sesiones",
	noUpcoming: "No hay próximas sesiones.",
	past: (n) => `Sesiones anteriores (${n})`,
	emptyFiltered: "Ningún tema especial coincide con esta selección.",
	emptyNone: "No hay temas especiales en este programa.",
	showAll: "Mostrar todos los temas",
	cancelled: "Cancelada",
	postponed: "Aplazada"
};
export { es_default as default };
