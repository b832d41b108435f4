import type { PartnerWallMessages } from './en.js';

const forms: Partial<Record<Intl.LDMLPluralRule, string>> = { one: 'сессия', few: 'сессии', many: 'сессий' };
const sessions = (n: string, category: Intl.LDMLPluralRule) => `${n} ${forms[category] ?? 'сессии'}`;

export default {
  regionLabel: 'Партнеры',
  more: 'Подробнее',
  moreAbout: (name: string) => `Подробнее: ${name}`,
  countryPrefix: 'Страна: ',
  emptyNone: 'Пока нет партнеров для показа.',
  emptyFiltered: 'В выбранных категориях нет партнеров.',
  emptyPartner: 'Выбранных партнеров нет в этих данных.',
  involvement: 'Участие',
  sessionCount: sessions,
  sessionCountLink: (n: string, category: Intl.LDMLPluralRule) => `${sessions(n, category)} в программе`,
  sponsorOf: (prize: string) => `Спонсор: «${prize}»`,
  programmeShows: (name: string) => `Программа теперь показывает сессии партнера ${name}.`,
} satisfies PartnerWallMessages;
