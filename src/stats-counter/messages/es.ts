import type { StatsCounterMessages } from './en.js';

export default {
  over: (n: string) => `más de ${n}`,
  overSpoken: (n: string) => `más de ${n}`,
  about: (n: string) => `alrededor de ${n}`,
  changed: (label: string, value: string) => `${label}: ${value}`,
  updated: (when: string) => `Actualizado ${when}`,
  updatedJustNow: 'Actualizado hace un momento',
  listLabel: 'Cifras clave',
} satisfies StatsCounterMessages;
