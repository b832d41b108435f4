import type { SpecialTracksMessages } from './en.js';

export default {
  listLabel: 'Специальные направления',
  statusPrefix: 'Статус: ',
  forTrack: (name: string) => ` (${name})`,
  statusNew: 'Новое',
  statusContinuing: 'Продолжается',
  statusConcluded: 'Завершено',
  editions: (years: string) => `Годы проведения: ${years}`,
  sessionCount: (n: string, category: Intl.LDMLPluralRule) => {
    switch (category) {
      case 'one':
        return `${n} сессия в программе`;
      case 'few':
        return `${n} сессии в программе`;
      case 'many':
        return `${n} сессий в программе`;
      default:
        return `${n} сессии в программе`;
    }
  },
  noSessions: 'В программе пока нет сессий',
  trackPage: 'Об этом направлении',
  seeInProgramme: 'Показать в программе',
  programmeShows: (name: string) => `Программа теперь показывает направление «${name}».`,
  upcoming: 'Предстоящие сессии',
  noUpcoming: 'Предстоящих сессий нет.',
  past: (n: string) => `Прошедшие сессии (${n})`,
  emptyFiltered: 'Нет специальных направлений, соответствующих выбору.',
  emptyNone: 'В этой программе нет специальных направлений.',
  showAll: 'Показать все направления',
  cancelled: 'Отменена',
  postponed: 'Перенесена',
} satisfies SpecialTracksMessages;
