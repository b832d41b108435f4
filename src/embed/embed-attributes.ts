import { clampTimer, DURATION_LIMIT, INTERVAL_LIMIT, refreshSeconds } from '../internal/timer-limits.js';

/**
 * What the iframe embed page may set, per element: the public attributes of elements.md. Anything
 * else in the query string is ignored, so a crafted link cannot add event handlers or styles.
 */
export const sharedAttributes = ['src', 'lang', 'refresh', 'heading-level', 'theme'] as const;

export const embeddableElements = {
  schedule: ['timezone', 'view', 'track', 'type', 'day', 'query', 'partner', 'now'],
  'partner-wall': ['tier', 'layout', 'partner'],
  'prize-winners': ['partner', 'prize', 'year', 'category', 'rank'],
  'special-tracks': ['track', 'status', 'partner', 'sessions', 'timezone', 'now'],
  'stats-counter': ['stats', 'live-src', 'interval', 'duration', 'notation'],
  'partner-badge': ['partner', 'layout'],
} as const satisfies Record<string, readonly string[]>;

export type EmbeddableElement = keyof typeof embeddableElements;

/**
 * Timer attributes: passed on clamped to their limits (timer-limits.ts), so a crafted link cannot
 * make the embedded element poll back to back.
 */
export const timerAttributes: ReadonlyMap<string, (value: string) => number> = new Map([
  ['refresh', refreshSeconds],
  ['interval', (value: string) => (Number(value) > 0 ? clampTimer(value, INTERVAL_LIMIT) : INTERVAL_LIMIT.fallback)],
  ['duration', (value: string) => clampTimer(value, DURATION_LIMIT)],
]);

/** Attributes whose value is a URL: only http(s) or a path is accepted. */
export const urlAttributes = new Set(['src', 'live-src']);

export function isEmbeddable(name: string): name is EmbeddableElement {
  return Object.prototype.hasOwnProperty.call(embeddableElements, name);
}

export function attributesOf(element: EmbeddableElement): readonly string[] {
  return [...sharedAttributes, ...embeddableElements[element]];
}
