import type { PartnerWallMessages } from './en.js';

export default {
  regionLabel: 'Партнеры',
  more: 'Подробнее',
  moreAbout: (name: string) => `Подробнее: ${name}`,
  countryPrefix: 'Страна: ',
  emptyNone: 'Пока нет партнеров для показа.',
  emptyFiltered: 'В выбранных категориях нет партнеров.',
} satisfies PartnerWallMessages;
