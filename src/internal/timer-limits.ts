/**
 * The one place where the timer attributes are bounded (docs/feed.md, "Limits"). A value outside
 * the range is clamped to it, a value that is not a number reads as the default: so no attribute
 * can make an element poll back to back, nor push `setTimeout` past its 32-bit range (a longer
 * delay overflows and fires at once).
 */

/** `setTimeout`'s longest delay: 2³¹ − 1 ms, about 24.8 days. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

export interface TimerLimit {
  /** Smallest value kept (a smaller positive one is raised to it). */
  min: number;
  /** Largest value kept. */
  max: number;
  /** The value when the attribute is absent or not a finite number. */
  fallback: number;
}

/**
 * `refresh`, seconds between background re-reads of `src`: 0 (the default) for none, else
 * 1 s to 2,147,483 s. One second keeps a typo (`0.001`) from sending hundreds of requests a second.
 */
export const REFRESH_LIMIT: TimerLimit = { min: 1, max: Math.floor(MAX_TIMER_MS / 1000), fallback: 0 };
/** `interval`, seconds between polls of `live-src`: 1 s to 2,147,483 s, default 30. */
export const INTERVAL_LIMIT: TimerLimit = { min: 1, max: Math.floor(MAX_TIMER_MS / 1000), fallback: 30 };
/**
 * `duration`, milliseconds of the count-up: 0 to 10,000, default 1500. Past ten seconds a figure
 * is not shown but hidden behind its animation.
 */
export const DURATION_LIMIT: TimerLimit = { min: 0, max: 10_000, fallback: 1500 };

/** `value` (a number or an attribute's text) within `limit`; the fallback when not a number. */
export function clampTimer(value: unknown, limit: TimerLimit): number {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number !== 'number' || Number.isNaN(number)) return limit.fallback;
  return Math.min(limit.max, Math.max(limit.min, number));
}

/** `refresh`: 0 when absent, not a number, zero or negative (no re-reads); else clamped. */
export function refreshSeconds(value: unknown): number {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number !== 'number' || !(number > 0)) return 0;
  return clampTimer(number, REFRESH_LIMIT);
}

/** A delay `setTimeout` honours: 0 to 2³¹ − 1 ms (NaN reads as 0). */
export const timerDelay = (ms: number): number => Math.min(MAX_TIMER_MS, Math.max(0, ms || 0));

/** Longest wait between re-reads of a feed after failures, in milliseconds. */
const MAX_BACKOFF = 15 * 60 * 1000;

/**
 * Milliseconds until the next re-read: `every` after a success; after `failures` failures in a
 * row, `every` doubled each time up to 15 minutes, times a jitter between 0.5 and 1 (`random`
 * in [0, 1]) so that many pages do not come back at the same instant.
 */
export function backoffDelay(every: number, failures: number, random: number): number {
  if (!failures) return every;
  return Math.min(MAX_BACKOFF, every * 2 ** (failures - 1)) * (0.5 + random / 2);
}
