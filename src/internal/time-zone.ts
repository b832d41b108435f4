const validity = new Map<string, boolean>();

/**
 * Whether Intl knows an IANA time zone name (`Europe/Zurich` yes, `Mars/Olympus` no). Cached:
 * building a DateTimeFormat is costly. The feed reader, the formatters and the schedule share it.
 */
export function isValidTimeZone(zone: string): boolean {
  let valid = validity.get(zone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      valid = true;
    } catch {
      valid = false;
    }
    validity.set(zone, valid);
  }
  return valid;
}

/**
 * Epoch milliseconds of a UTC wall clock, for any year: `Date.UTC` maps years 0–99 to 1900–1999,
 * `setUTCFullYear` does not. Days and months out of range roll over as with `Date.UTC`.
 */
export function utcInstant(year: number, month = 0, day = 1, hour = 0, minute = 0): number {
  return new Date(Date.UTC(2000, 0, 1, hour, minute)).setUTCFullYear(year, month, day);
}
