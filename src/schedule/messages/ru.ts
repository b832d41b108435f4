import type { ScheduleMessages } from './en.js';

/** The noun after a count, in the case the count's plural category asks (1 сессия, 2 сессии, 5 сессий, 1,5 сессии). */
const sessionWord = (category: Intl.LDMLPluralRule) =>
  category === 'one' ? 'сессия' : category === 'few' ? 'сессии' : category === 'many' ? 'сессий' : 'сессии';

export default {
  programme: 'Программа',
  timesIn: (zoneName: string, abbreviation: string) => `Время указано: ${zoneName} (${abbreviation}).`,
  showMyTime: 'Показать моё время',
  showEventTime: 'Показать время мероприятия',
  /** Between the parts of a session's meta line, for screen readers (the parts are shown apart). */
  separator: ', ',
  /** A label and its value (a filter chip, the zone summary): the language's punctuation. */
  labelValue: (label: string, value: string) => `${label}: ${value}`,
  /** A visitor's search text, quoted as the language quotes. */
  quoted: (text: string) => `«${text}»`,
  timeZone: 'Часовой пояс',
  timeZoneHint: 'Введите город или часовой пояс',
  zoneWithCity: (name: string, city: string) => `${name} (${city})`,
  applyTimeZone: 'Применить',
  resetTimeZone: 'Сбросить часовой пояс',
  search: 'Поиск',
  searchHint: 'Название, докладчик, организация, описание',
  filters: 'Фильтры',
  track: 'Направление',
  type: 'Тип',
  day: 'День',
  location: 'Место',
  language: 'Язык',
  all: 'Все',
  clearAll: 'Сбросить все фильтры',
  removeFilter: (label: string) => `Убрать фильтр ${label}`,
  results: (formatted: string, category: Intl.LDMLPluralRule) => `${formatted} ${sessionWord(category)}`,
  // «из N» takes the genitive: из 21 сессии, из 38 сессий.
  resultsOf: (shown: string, total: string, _shownCategory: Intl.LDMLPluralRule, totalCategory: Intl.LDMLPluralRule) =>
    `${shown} из ${total} ${totalCategory === 'one' ? 'сессии' : 'сессий'}`,
  noResults: 'Нет сессий, соответствующих этим фильтрам.',
  noSessions: 'В программе пока нет сессий.',
  days: 'Дни',
  weeks: 'Недели',
  weekOf: (date: string) => `Неделя с ${date}`,
  jumpToNow: 'Перейти к текущему',
  liveNow: 'Сейчас в эфире',
  watchLive: 'Смотреть трансляцию',
  cancelled: 'Отменена',
  postponed: 'Перенесена',
  online: 'Онлайн',
  inPerson: 'Очно',
  hybrid: 'Гибридный формат',
  speakers: 'Докладчики',
  moderators: 'Модераторы',
  tracks: 'Направления',
  languages: 'Языки',
  details: 'Подробнее о сессии',
  close: 'Закрыть',
  addToCalendar: 'Добавить в календарь',
  copyLink: 'Копировать ссылку',
  linkCopied: 'Ссылка скопирована.',
  copyFailed: 'Не удалось скопировать; ссылка в адресной строке.',
  joinStream: 'Подключиться к трансляции',
  recording: 'Запись',
  sessionPage: 'Страница сессии',
  previous: 'Предыдущая сессия',
  next: 'Следующая сессия',
  links: 'Ссылки',
  organizers: 'Организаторы',
  organizedBy: (names: string) => `Организатор: ${names}`,
} satisfies ScheduleMessages;
