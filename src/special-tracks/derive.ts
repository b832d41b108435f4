import type { Session, Track } from '../feed/types.js';
import { commaList } from '../internal/text-lists.js';

/** The items of a comma-separated attribute (`"youth, cybersecurity"`), trimmed; empty for none. */
export function parseList(value: string | null | undefined): string[] {
  return commaList(value);
}

/**
 * The statuses named by a `status` attribute, lower-cased. An unknown word stays in the list
 * and matches no track, so a typo shows the empty state rather than every track.
 */
export function parseStatuses(value: string | null | undefined): string[] {
  return parseList(value).map((item) => item.toLowerCase());
}

/**
 * The tracks to show, in feed order: those whose id is in `ids` (all when empty) and whose
 * status is in `statuses` (all when empty; a track without status matches no status filter).
 */
export function filterTracks(
  tracks: readonly Track[],
  ids: readonly string[],
  statuses: readonly string[],
): Track[] {
  return tracks.filter(
    (track) =>
      (ids.length === 0 || ids.includes(track.id)) &&
      (statuses.length === 0 || (track.status !== undefined && statuses.includes(track.status))),
  );
}

/** How many sessions name each track (a session naming a track twice counts once). */
export function countByTrack(sessions: readonly Session[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const session of sessions) {
    for (const id of new Set(session.tracks ?? [])) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** Items (already sorted) grouped under each track they name, keeping their order. */
export function groupByTrack<T>(items: readonly T[], tracksOf: (item: T) => readonly string[]): Map<string, T[]> {
  const byTrack = new Map<string, T[]>();
  for (const item of items) {
    for (const id of new Set(tracksOf(item))) {
      let list = byTrack.get(id);
      if (!list) byTrack.set(id, (list = []));
      list.push(item);
    }
  }
  return byTrack;
}

export interface Split<T> {
  /** Running or still to come (`end` after now), in the order given. */
  upcoming: T[];
  /** Over (`end` at or before now), in the order given. */
  past: T[];
}

/** Splits sessions at `now` (ms since the epoch): a session is past once it has ended. */
export function splitAtNow<T extends { end: number }>(items: readonly T[], now: number): Split<T> {
  const upcoming: T[] = [];
  const past: T[] = [];
  for (const item of items) (item.end <= now ? past : upcoming).push(item);
  return { upcoming, past };
}

/** The first instant after `now` at which one of the items ends (when the split changes), if any. */
export function nextBoundary(items: Iterable<{ end: number }>, now: number): number | undefined {
  let next: number | undefined;
  for (const { end } of items) {
    if (end > now && (next === undefined || end < next)) next = end;
  }
  return next;
}

export { validColor } from '../sessions/track-colors.js';

/** A DateTime attribute (`now`) as ms since the epoch; undefined when absent or invalid. */
export function parseInstant(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isFinite(time) ? time : undefined;
}
