// src/i18n/common/ru.ts
var ru_default = {
	loading: "Загрузка…",
	errorTitle: "Не удалось загрузить содержимое.",
	errorDetails: "Подробности для веб-команды сайта",
	retry: "Повторить",
	empty: "Нет данных для отображения.",
	staleNotice: "Не удалось обновить; показана последняя загруженная версия."
};
export { ru_default as default };
