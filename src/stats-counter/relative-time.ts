import type { StatsCounterMessages } from './messages/en.js';

const formatters = new Map<string, Intl.RelativeTimeFormat>();

/** "Updated 2 minutes ago" in the locale's words; "Updated just now" within the first minute. */
export function relativeUpdated(at: number, now: number, locale: string, messages: StatsCounterMessages): string {
  const seconds = Math.max(0, Math.round((now - at) / 1000));
  if (seconds < 60) return messages.updatedJustNow;
  let format = formatters.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    formatters.set(locale, format);
  }
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return messages.updated(format.format(-minutes, 'minute'));
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return messages.updated(format.format(-hours, 'hour'));
  return messages.updated(format.format(-Math.floor(hours / 24), 'day'));
}
