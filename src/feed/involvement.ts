import type { Feed, Prize, Session } from './types.js';

/**
 * What partners did at the event, from the feed's v1 additions `sessions[].organizers` and
 * `prizes[].sponsors` (docs/feed.md). Pure and side-effect free: the partner wall's card, the
 * prize winners' `partner` filter and (later) the schedule's and special tracks' `partner`
 * filters all call these, so that every element counts the same sessions.
 */

/** A set of partner ids; an empty one (or none) matches nothing. */
function idSet(partnerIds: Iterable<string> | string): ReadonlySet<string> {
  return new Set(typeof partnerIds === 'string' ? [partnerIds] : partnerIds);
}

const anyOf = (refs: readonly string[] | undefined, ids: ReadonlySet<string>) =>
  Array.isArray(refs) && refs.some((ref) => ids.has(ref));

/**
 * The sessions that any of `partnerIds` organizes, in the feed's order. A feed without
 * `organizers` gives none; so does an empty list of ids.
 */
export function sessionsOrganizedBy(
  feed: Pick<Feed, 'sessions'>,
  partnerIds: Iterable<string> | string,
): Session[] {
  const ids = idSet(partnerIds);
  if (ids.size === 0 || !Array.isArray(feed.sessions)) return [];
  return feed.sessions.filter((session) => anyOf(session.organizers, ids));
}

/** The prizes that any of `partnerIds` sponsors, in the feed's order. */
export function prizesSponsoredBy(feed: Pick<Feed, 'prizes'>, partnerIds: Iterable<string> | string): Prize[] {
  const ids = idSet(partnerIds);
  if (ids.size === 0 || !Array.isArray(feed.prizes)) return [];
  return feed.prizes.filter((prize) => anyOf(prize.sponsors, ids));
}
