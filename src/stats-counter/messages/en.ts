/**
 * UI strings of <wsis-stats-counter>. `n` is a number already formatted by Intl.NumberFormat
 * for the element's locale; qualifiers are written the way the language writes them.
 */
const messages = {
  /** A figure with qualifier `over`, as shown ("50,000+"). */
  over: (n: string) => `${n}+`,
  /** The same, as a screen reader should say it. */
  overSpoken: (n: string) => `more than ${n}`,
  /** A figure with qualifier `about`, shown and spoken. */
  about: (n: string) => `about ${n}`,
  /** The polite announcement of one live change. */
  changed: (label: string, value: string) => `${label}: ${value}`,
  /** The "updated … ago" line; `when` comes from Intl.RelativeTimeFormat ("2 minutes ago"). */
  updated: (when: string) => `Updated ${when}`,
  /** The same line within the first minute. */
  updatedJustNow: 'Updated just now',
  /** Label of the list of figures. */
  listLabel: 'Key figures',
};
export default messages;
export type StatsCounterMessages = typeof messages;
