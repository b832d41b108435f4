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
