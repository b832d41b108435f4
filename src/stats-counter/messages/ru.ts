import type { StatsCounterMessages } from './en.js';

export default {
  over: (n: string) => `более ${n}`,
  overSpoken: (n: string) => `более ${n}`,
  about: (n: string) => `около ${n}`,
  changed: (label: string, value: string) => `${label}: ${value}`,
  updated: (when: string) => `Обновлено ${when}`,
  updatedJustNow: 'Обновлено только что',
  listLabel: 'Ключевые цифры',
} satisfies StatsCounterMessages;
