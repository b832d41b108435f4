import type { Session, Track, TrackStatus } from '../feed/types.js';

const trackStatuses: readonly TrackStatus[] = ['new', 'continuing', 'concluded'];

/** The ids of a list attribute (`"youth, cybersecurity"` or space separated); empty for none. */
export function parseList(value: string | null | undefined): string[] {
  if (!value) return [];
  return value
    .split(/[\s,]+/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** The statuses named by a `status` attribute, ignoring unknown words. */
export function parseStatuses(value: string | null | undefined): TrackStatus[] {
  return parseList(value)
    .map((item) => item.toLowerCase())
    .filter((item): item is TrackStatus => (trackStatuses as readonly string[]).includes(item));
}

/**
 * The tracks to show, in feed order: those whose id is in `ids` (all when empty) and whose
 * status is in `statuses` (all when empty; a track without status matches no status filter).
 */
export function filterTracks(
  tracks: readonly Track[],
  ids: readonly string[],
  statuses: readonly TrackStatus[],
): Track[] {
  return tracks.filter(
    (track) =>
      (ids.length === 0 || ids.includes(track.id)) &&
      (statuses.length === 0 || (track.status !== undefined && statuses.includes(track.status))),
  );
}

/** Every track's sessions, sorted by start (then end, then feed order). */
export function sessionsByTrack(sessions: readonly Session[]): Map<string, Session[]> {
  const byTrack = new Map<string, Session[]>();
  for (const session of sessions) {
    for (const id of new Set(session.tracks ?? [])) {
      let list = byTrack.get(id);
      if (!list) byTrack.set(id, (list = []));
      list.push(session);
    }
  }
  for (const list of byTrack.values()) {
    list.sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || Date.parse(a.end) - Date.parse(b.end));
  }
  return byTrack;
}

export interface SplitSessions {
  /** Running or still to come (`end` after now), by start. */
  upcoming: Session[];
  /** Over (`end` at or before now), by start. */
  past: Session[];
}

/** Splits sorted sessions at `now` (ms since the epoch): a session is past once it has ended. */
export function splitAtNow(sessions: readonly Session[], now: number): SplitSessions {
  const upcoming: Session[] = [];
  const past: Session[] = [];
  for (const session of sessions) (Date.parse(session.end) <= now ? past : upcoming).push(session);
  return { upcoming, past };
}

/** The first instant after `now` at which a session ends (when the split changes), if any. */
export function nextBoundary(sessions: Iterable<Session>, now: number): number | undefined {
  let next: number | undefined;
  for (const session of sessions) {
    const end = Date.parse(session.end);
    if (end > now && (next === undefined || end < next)) next = end;
  }
  return next;
}

/** A `#rrggbb` colour, or undefined for anything else (never put unchecked text into CSS). */
export function validColor(value: unknown): string | undefined {
  return typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value) ? value.toLowerCase() : undefined;
}

/** A DateTime attribute (`now`) as ms since the epoch; undefined when absent or invalid. */
export function parseInstant(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isFinite(time) ? time : undefined;
}
