// src/prize-winners/messages/ru.ts
var ru_default = {
	rankWinner: "Победитель",
	rankChampion: "Чемпион",
	rankFinalist: "Финалист",
	rankHonourableMention: "Почетное упоминание",
	filtersLabel: "Фильтр премий и наград",
	filterPrize: "Премия",
	filterYear: "Год",
	filterCategory: "Категория",
	filterRank: "Место",
	allPrizes: "Все премии",
	allYears: "Все годы",
	allCategories: "Все категории",
	allRanks: "Все места",
	results: (prizes, awards) => `Показано премий: ${prizes}. Показано наград: ${awards}.`,
	clearFilters: "Сбросить фильтры",
	noMatch: "Нет премий или наград, соответствующих этим фильтрам.",
	noPrizes: "В этом источнике нет премий.",
	notListed: "Победители в этом источнике не указаны.",
	categories: "Категории",
	otherAwards: "Другие награды",
	readDescription: "Читать описание",
	moreAbout: (name) => `Подробнее: ${name}`,
	prizePage: (name) => `Страница премии: ${name}`
};
export { ru_default as default };
