import type { StatsCounterMessages } from './en.js';

export default {
  over: (n: string) => `أكثر من ${n}`,
  overSpoken: (n: string) => `أكثر من ${n}`,
  about: (n: string) => `حوالي ${n}`,
  changed: (label: string, value: string) => `${label}: ${value}`,
  updated: (when: string) => `آخر تحديث ${when}`,
  updatedJustNow: 'تم التحديث للتو',
  listLabel: 'أرقام رئيسية',
} satisfies StatsCounterMessages;
