// src/partner-wall/messages/ru.ts
var ru_default = {
	regionLabel: "Партнеры",
	more: "Подробнее",
	moreAbout: (name) => `Подробнее: ${name}`,
	countryPrefix: "Страна: ",
	emptyNone: "Пока нет партнеров для показа.",
	emptyFiltered: "В выбранных категориях нет партнеров."
};
export { ru_default as default };
