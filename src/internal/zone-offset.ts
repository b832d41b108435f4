/**
 * Offsets of IANA time zones, and wall-clock times placed in a zone (DST included), for the
 * converters and `validate`'s offset check. Node and browsers alike: Intl only.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

/** A zone's wall clock to the second, one cached formatter per zone (the programme's time helpers use it too). */
export function zoneClockFormat(zone: string): Intl.DateTimeFormat {
  let f = formats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(zone, f);
  }
  return f;
}

/** The zone's offset from UTC at an instant, in minutes (Zurich in winter: 60). */
export function offsetAt(zone: string, epochMs: number): number {
  const parts: Record<string, number> = {};
  for (const part of zoneClockFormat(zone).formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  // Date.UTC maps years 0–99 to 1900s; the events this serves are not in the first century.
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60000);
}

/** `+01:00` for 60, `-03:30` for -210, `+00:00` for 0. */
export function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second?: number;
}

/**
 * The instant at which clocks in `zone` show `wall`. A time skipped by a DST change (02:30 on
 * the spring-forward night) is read with the offset before the change (so it lands an hour
 * later, as clocks then show); a repeated one (autumn) takes the first, summer-time, reading.
 */
export function instantOf(wall: WallTime, zone: string): number {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second ?? 0);
  // The offset can differ by at most a day's worth around asUtc: try the offsets in force a day
  // before and after, keep the candidates that the zone really shows as `wall`.
  const offsets = [...new Set([offsetAt(zone, asUtc - 86400000), offsetAt(zone, asUtc), offsetAt(zone, asUtc + 86400000)])];
  const exact = offsets
    .map((offset) => asUtc - offset * 60000)
    .filter((instant) => instant + offsetAt(zone, instant) * 60000 === asUtc)
    .sort((a, b) => a - b);
  if (exact.length) return exact[0];
  // In a gap: the offset before the change.
  return asUtc - offsetAt(zone, asUtc - 86400000) * 60000;
}

/** `2021-03-22T14:00:00+01:00`: an instant written as the zone's wall clock, with its offset. */
export function isoInZone(epochMs: number, zone: string): string {
  const offset = offsetAt(zone, epochMs);
  const wall = new Date(epochMs + offset * 60000).toISOString().slice(0, 19);
  return `${wall}${offsetText(offset)}`;
}
