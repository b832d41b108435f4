/**
 * Helpers for the feed v1 additions the widgets show: a session's location resolved against
 * `locations[]`, and the conference day of a session under `event.dayStart`. Pure.
 */
import type { Feed, Location, Session, Text } from './types.js';

/** What a session's `location` names: a `locations` entry (id, name, order), or free text. */
export interface Place {
  /** The `locations` id, when `location` is one. */
  id?: string;
  name: Text;
  /** Position among the locations (smaller first), when it is one; free text sorts after. */
  order: number;
}

/** Locations by id, with their order resolved (`order`, then document order). */
export function locationIndex(feed: Pick<Feed, 'locations'>): Map<string, Place> {
  const index = new Map<string, Place>();
  const sorted = feed.locations
    .map((location: Location, i) => ({ location, i }))
    .sort((a, b) => (a.location.order ?? Infinity) - (b.location.order ?? Infinity) || a.i - b.i);
  sorted.forEach(({ location }, position) => index.set(location.id, { id: location.id, name: location.name, order: position }));
  return index;
}

/** The place of a session: its location entry when `location` is an id, else the text itself. */
export function placeOf(session: Pick<Session, 'location'>, index: Map<string, Place>): Place | undefined {
  const location = session.location;
  if (location === undefined) return undefined;
  if (typeof location === 'string') {
    const known = index.get(location);
    if (known) return known;
  }
  return { name: location, order: Number.MAX_SAFE_INTEGER };
}

/** Minutes after midnight of `HH:MM`; 0 for anything else. */
export function dayStartMinutes(dayStart: string | undefined): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(dayStart ?? '');
  return m ? Number(m[1]) * 60 + Number(m[2]) : 0;
}

/**
 * The conference day (YYYY-MM-DD) of a wall-clock date and time in the event zone: a time before
 * `dayStart` belongs to the day before (frab's `day_start`: a night session stays on its evening).
 */
export function conferenceDay(date: string, minutesOfDay: number, dayStart: string | undefined): string {
  if (minutesOfDay >= dayStartMinutes(dayStart)) return date;
  const previous = new Date(`${date}T12:00:00Z`);
  previous.setUTCDate(previous.getUTCDate() - 1);
  return previous.toISOString().slice(0, 10);
}
