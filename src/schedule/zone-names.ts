/**
 * Names of time zones for the schedule's picker, in the element's language, from Intl alone.
 *
 * What Intl offers: a zone's long names in a language (`timeZoneName: 'longGeneric'` and `'long'`:
 * "Japan Standard Time", "hora estándar de Japón", "日本標準時", "توقيت اليابان الرسمي"), and the
 * IANA ids (`Asia/Tokyo`) whose last part is an English city. What it does not offer: localized
 * city names ("Tokio", "東京" — CLDR's exemplar cities are not exposed by any Intl API). So the
 * picker accepts the IANA id, its city in English, the localized long names, and any part of a
 * localized name that points at one zone name only ("Japón", "日本", "Europa central").
 */
import { allTimeZones, zoneCity, zoneLongName } from '../sessions/time.js';

/** Case-, accent- and spacing-insensitive form of a name (`Buenos_Aires` = `buenos aires`). */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[_\s]+/g, ' ')
    .trim();

/** How a language writes a zone's name with its city (the schedule catalogue's `zoneWithCity`). */
export type WithCity = (name: string, city: string) => string;

/** A zone's label for a reader of `locale`: `Japan Standard Time (Tokyo)`; `UTC` stays itself. */
export function zoneLabel(zone: string, locale: string, at: number, withCity: WithCity): string {
  const city = zoneCity(zone);
  const name = zoneLongName(at, zone, locale);
  return name === city ? city : withCity(name, city);
}

interface ZoneEntry {
  zone: string;
  label: string;
  /** Folded: the IANA id, its city, the label. */
  exact: string[];
  /** Folded localized names (long generic, long): a part of one may name the zone. */
  localized: string[];
}

function longName(zone: string, locale: string, at: number): string {
  try {
    const parts = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'long' }).formatToParts(at);
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}

function entryOf(zone: string, locale: string, at: number, withCity: WithCity): ZoneEntry {
  const generic = zoneLongName(at, zone, locale);
  const label = zoneLabel(zone, locale, at, withCity);
  const localized = [...new Set([generic, longName(zone, locale, at)])].filter((n) => n && n !== zoneCity(zone)).map(fold);
  return { zone, label, exact: [zone, zoneCity(zone), label].map(fold), localized };
}

/**
 * Naming the zones yields to the page at least this often (ms). Each zone costs two formatters:
 * Chromium names all 455 in a fraction of a second, WebKit took seconds, which froze the page
 * when the picker opened.
 */
export const ZONE_NAMING_SLICE_MS = 12;

/** The picker's zones for one language (about 455), by language and by how its catalogue writes a label. */
const indexes = new Map<string, ZoneEntry[]>();
const building = new Map<string, Promise<void>>();
const indexKey = (locale: string, withCity: WithCity) => `${locale}|${withCity('', '')}`;

/** Names every zone at once (the page waits): only when a lookup needs names not yet built. */
function zoneIndex(locale: string, at: number, withCity: WithCity): ZoneEntry[] {
  const key = indexKey(locale, withCity);
  let index = indexes.get(key);
  if (!index) {
    index = allTimeZones().map((zone) => entryOf(zone, locale, at, withCity));
    indexes.set(key, index);
  }
  return index;
}

/** Whether the zones are named in this language yet (the picker lists them then). */
export function zonesNamed(locale: string, withCity: WithCity): boolean {
  return indexes.has(indexKey(locale, withCity));
}

/**
 * Names every zone for a language in slices of about ZONE_NAMING_SLICE_MS, giving the page a turn
 * between slices; resolves once `zoneOptions` and `findZone` have every name. Started once per
 * language, however often it is asked.
 */
export function nameZones(locale: string, at: number, withCity: WithCity): Promise<void> {
  const key = indexKey(locale, withCity);
  if (indexes.has(key)) return Promise.resolve();
  let done = building.get(key);
  if (!done) {
    done = (async () => {
      const zones = allTimeZones();
      const entries: ZoneEntry[] = [];
      while (entries.length < zones.length) {
        const sliceEnd = performance.now() + ZONE_NAMING_SLICE_MS;
        do entries.push(entryOf(zones[entries.length], locale, at, withCity));
        while (entries.length < zones.length && performance.now() < sliceEnd);
        if (entries.length < zones.length) await new Promise((resolve) => setTimeout(resolve, 0));
      }
      if (!indexes.has(key)) indexes.set(key, entries);
      building.delete(key);
    })();
    building.set(key, done);
  }
  return done;
}

/**
 * The picker's options: each zone with its localized label, the given zones first. Until
 * `nameZones` has named every zone in this language, only the given zones.
 */
export function zoneOptions(locale: string, at: number, first: readonly string[], withCity: WithCity): { zone: string; label: string }[] {
  if (!zonesNamed(locale, withCity)) return first.map((zone) => ({ zone, label: zoneLabel(zone, locale, at, withCity) }));
  const index = zoneIndex(locale, at, withCity);
  const head = first.map((zone) => index.find((e) => e.zone === zone)).filter((e): e is ZoneEntry => !!e);
  return [...new Set([...head, ...index])].map(({ zone, label }) => ({ zone, label }));
}

/**
 * The IANA zone a visitor's entry names, or undefined: an id, a city of an id, a label or a
 * localized name (whole, else a part of at least two letters that only one zone name contains).
 * `first` zones win ties (the event's and the visitor's).
 */
export function findZone(entry: string, locale: string, at: number, withCity: WithCity, first: readonly string[] = []): string | undefined {
  const text = fold(entry);
  if (!text) return undefined;
  const plain = plainZone(text, first);
  if (plain) return plain;
  const index = zoneIndex(locale, at, withCity);
  const ordered = [...first.map((zone) => index.find((e) => e.zone === zone)).filter((e): e is ZoneEntry => !!e), ...index];
  const exact = ordered.find((e) => e.exact.includes(text) || e.localized.includes(text));
  if (exact) return exact.zone;
  if ([...text].length < 2) return undefined;
  const partial = ordered.filter((e) => e.localized.some((n) => n.includes(text)));
  const names = new Set(partial.map((e) => e.localized[0]));
  return names.size === 1 ? partial[0].zone : undefined;
}

/** An IANA id or the city of one, as typed: needs no zone names (naming them all costs two formatters per zone). */
export function plainZone(entry: string, first: readonly string[] = []): string | undefined {
  const text = fold(entry);
  return [...first, ...allTimeZones()].find((zone) => fold(zone) === text || fold(zoneCity(zone)) === text);
}
