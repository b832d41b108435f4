import { formatRelative } from '../i18n/format.js';
import type { StatsCounterMessages } from './messages/en.js';

/** "Updated 2 minutes ago" in the locale's words; "Updated just now" within the first minute. */
export function relativeUpdated(at: number, now: number, locale: string, messages: StatsCounterMessages): string {
  if (now - at < 60_000) return messages.updatedJustNow;
  return messages.updated(formatRelative(locale, at, now));
}
