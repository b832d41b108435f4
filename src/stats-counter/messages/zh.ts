import type { StatsCounterMessages } from './en.js';

export default {
  over: (n: string) => `超过${n}`,
  overSpoken: (n: string) => `超过${n}`,
  about: (n: string) => `约${n}`,
  changed: (label: string, value: string) => `${label}：${value}`,
  updated: (when: string) => `${when}更新`,
  updatedJustNow: '刚刚更新',
  listLabel: '关键数字',
} satisfies StatsCounterMessages;
