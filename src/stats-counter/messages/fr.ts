import type { StatsCounterMessages } from './en.js';

export default {
  over: (n: string) => `plus de ${n}`,
  overSpoken: (n: string) => `plus de ${n}`,
  about: (n: string) => `environ ${n}`,
  changed: (label: string, value: string) => `${label}\u202F: ${value}`,
  updated: (when: string) => `Mis à jour ${when}`,
  updatedJustNow: 'Mis à jour à l’instant',
  listLabel: 'Chiffres clés',
} satisfies StatsCounterMessages;
