/**
 * Pure time-zone arithmetic for the programme. Every function takes the IANA zone it works in:
 * nothing here reads the machine's zone, except `visitorTimeZone()` when asked for it.
 */
import { isValidTimeZone, utcInstant } from '../internal/time-zone.js';
import { zoneClockFormat } from '../internal/zone-offset.js';

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function slowParts(ms: number, zone: string): ZonedParts {
  const out: ZonedParts = { year: 0, month: 0, day: 0, hour: 0, minute: 0 };
  for (const part of zoneClockFormat(zone).formatToParts(ms)) {
    if (part.type in out) out[part.type as keyof ZonedParts] = Number(part.value);
  }
  if (out.hour === 24) out.hour = 0;
  return out;
}

const QUARTER = 15 * 60000;
const DAY = 86400000;
const offsetCache = new Map<string, Map<number, number>>();

function slowOffset(at: number, zone: string): number {
  const p = slowParts(at, zone);
  return Math.round((utcInstant(p.year, p.month - 1, p.day, p.hour, p.minute) - at) / 60000);
}

function cachedOffset(cache: Map<number, number>, key: number, at: number, zone: string): number {
  let offset = cache.get(key);
  if (offset === undefined) {
    offset = slowOffset(at, zone);
    cache.set(key, offset);
  }
  return offset;
}

/**
 * Minutes `zone` is ahead of UTC at the instant `ms` (Zurich in winter: 60). Zones change their
 * offset at most once a day and only on a quarter hour: when the offset is the same at both ends
 * of a UTC day, it holds all day; otherwise it is looked up per quarter hour. Cached, so grouping
 * 5,000 sessions asks Intl a few hundred times, not 5,000.
 */
export function offsetMinutes(ms: number, zone: string): number {
  let cache = offsetCache.get(zone);
  if (!cache) offsetCache.set(zone, (cache = new Map()));
  const day = Math.floor(ms / DAY);
  // Keys: day boundaries are odd numbers, quarter hours even ones.
  const atStart = cachedOffset(cache, -2 * day - 1, day * DAY, zone);
  const atEnd = cachedOffset(cache, -2 * (day + 1) - 1, (day + 1) * DAY, zone);
  if (atStart === atEnd) return atStart;
  const bucket = Math.floor(ms / QUARTER);
  return cachedOffset(cache, 2 * bucket, bucket * QUARTER, zone);
}

/** The wall-clock date and time of the instant `ms` in `zone`. */
export function zonedParts(ms: number, zone: string): ZonedParts {
  const wall = new Date(ms + offsetMinutes(ms, zone) * 60000);
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD`: the calendar day on which the instant `ms` falls in `zone`. */
export function dayKey(ms: number, zone: string): string {
  // Not toISOString(): it writes years past 9999 as `+010000` and throws on an invalid date.
  const wall = new Date(ms + offsetMinutes(ms, zone) * 60000);
  return `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
}

/** `UTC+01:00`, `UTC−05:00`, `UTC` for an offset in minutes. */
export function formatOffset(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Whether Intl knows `name` as a time zone. */
export function isTimeZone(name: string | null | undefined): name is string {
  return !!name && isValidTimeZone(name);
}

/** The visitor's zone: the one place that reads the machine's setting, and only when asked. */
let visitorZone: string | undefined;
export function visitorTimeZone(): string {
  return (visitorZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
}

/** The zone to show for a `timezone` setting: `event`, `local` or an IANA name (else the event's). */
export function resolveTimeZone(setting: string | null | undefined, eventZone: string): string {
  const event = isTimeZone(eventZone) ? eventZone : 'UTC';
  if (!setting || setting === 'event') return event;
  if (setting === 'local') return visitorTimeZone();
  return isTimeZone(setting) ? setting : event;
}

/** Two zones show the same wall clock around `ms` (Europe/Zurich and Europe/Berlin do). */
export function sameClock(a: string, b: string, ms: number): boolean {
  if (a === b) return true;
  // Six months apart covers both sides of a DST change.
  return [ms, ms + 182 * 86400000].every((t) => offsetMinutes(t, a) === offsetMinutes(t, b));
}

const nameFormats = new Map<string, Intl.DateTimeFormat>();
function nameFormat(locale: string, zone: string, style: 'short' | 'longGeneric'): Intl.DateTimeFormat {
  const key = `${locale}|${zone}|${style}`;
  let format = nameFormats.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: style });
    } catch {
      format = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'short' });
    }
    nameFormats.set(key, format);
  }
  return format;
}

function zoneNameOf(ms: number, zone: string, locale: string, style: 'short' | 'longGeneric'): string {
  return nameFormat(locale, zone, style).formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? '';
}

const gmtLike = /^(GMT|UTC)([+−-]|$)/;

/**
 * A short name of `zone` at `ms` for a reader of `locale`: an abbreviation where the language
 * has one (`CET`, `CEST`, `EDT`), else the offset (`UTC+13:00`), so a time is never ambiguous.
 */
const abbreviations = new Map<string, string>();
export function zoneAbbreviation(ms: number, zone: string, locale: string): string {
  const offset = offsetMinutes(ms, zone);
  const key = `${zone}|${locale}|${offset}|${Math.floor(ms / (DAY * 180))}`;
  let name = abbreviations.get(key);
  if (name === undefined) {
    name = slowAbbreviation(ms, zone, locale);
    abbreviations.set(key, name);
  }
  return name;
}

function slowAbbreviation(ms: number, zone: string, locale: string): string {
  const candidates = locale.toLowerCase().startsWith('en') ? [locale, 'en-US', 'en-GB'] : [locale];
  for (const candidate of candidates) {
    const name = zoneNameOf(ms, zone, candidate, 'short');
    if (name && !gmtLike.test(name)) return name;
  }
  return formatOffset(offsetMinutes(ms, zone));
}

/** A long generic name (`Central European Time`), else the city of the IANA name. */
export function zoneLongName(ms: number, zone: string, locale: string): string {
  const name = zoneNameOf(ms, zone, locale, 'longGeneric');
  if (name && !gmtLike.test(name)) return name;
  return zoneCity(zone);
}

/** `America/Argentina/Buenos_Aires` → `Buenos Aires`. */
export function zoneCity(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}

/** Every zone Intl knows (for the picker), with the given ones first. */
let knownZones: string[] | undefined;
export function allTimeZones(first: string[] = []): string[] {
  if (!knownZones) {
    try {
      knownZones = (Intl as unknown as { supportedValuesOf(key: string): string[] }).supportedValuesOf('timeZone');
    } catch {
      knownZones = [];
    }
  }
  return [...new Set([...first, ...knownZones, 'UTC'])];
}

/** Parses a feed DateTime (always with an offset) to epoch milliseconds; NaN if invalid. */
export function parseInstant(value: string): number {
  return Date.parse(value);
}

/** `YYYY-MM-DD` plus `days` calendar days. */
export function addDays(key: string, days: number): string {
  const [y, m, d] = key.split('-').map(Number);
  return dayKey(utcInstant(y, m - 1, d + days), 'UTC');
}

/** The Monday of the ISO week that holds the day `key`. */
export function weekOf(key: string): string {
  const [y, m, d] = key.split('-').map(Number);
  const weekday = (new Date(utcInstant(y, m - 1, d)).getUTCDay() + 6) % 7;
  return addDays(key, -weekday);
}

/** Noon UTC of the day `key`: format it with `timeZone: 'UTC'` to print that calendar day. */
export function dayKeyInstant(key: string): number {
  const [y, m, d] = key.split('-').map(Number);
  return utcInstant(y, m - 1, d, 12);
}

export interface DayGroup<T> {
  day: string;
  items: T[];
}

/**
 * Groups items by the day their instant falls on in `zone`, days in calendar order, items in
 * the order given (sort them first).
 */
export function groupByDay<T>(items: readonly T[], instant: (item: T) => number, zone: string): DayGroup<T>[] {
  return groupByKey(items, (item) => dayKey(instant(item), zone));
}

/** Items grouped by a day key they already carry (a view's conference `day`), days sorted. */
export function groupByKey<T>(items: readonly T[], key: (item: T) => string): DayGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const day = key(item);
    let list = groups.get(day);
    if (!list) groups.set(day, (list = []));
    list.push(item);
  }
  return [...groups.keys()].sort().map((day) => ({ day, items: groups.get(day)! }));
}
