/**
 * "Add my schedule to calendar" and "Add the filtered sessions to calendar": one `.ics` with
 * many sessions, built with the same `buildIcs` (and the same UIDs) as a single session's
 * export, so importing a file again updates the entries instead of duplicating them.
 */
import { markdownText } from '../feed/markdown.js';
import { textFor } from '../feed/text.js';
import type { Feed } from '../feed/types.js';
import { safeUrl } from '../internal/safe-url.js';
import { buildIcs, type IcsSession } from './ics.js';

import type { SessionView } from '../sessions/view-model.js';
import { resolveTimeZone } from '../sessions/time.js';

// The schedule's plan loads this module on its first export: it brings the download along.
export { downloadText } from './ics.js';

/** The UID of a session's calendar entry: the same in every export of the event. */
export const sessionUid = (eventId: string, sessionId: string) => `${sessionId}@${eventId}.wsis-widgets`;

/** An iCalendar document of `views`, times in the event's IANA zone. */
export function sessionsIcs(
  feed: Feed,
  views: readonly SessionView[],
  locale: string,
  link: (id: string) => string,
  stamp?: number,
): string {
  const items: IcsSession[] = views.map((view) => ({
    uid: sessionUid(feed.event.id, view.id),
    start: view.start,
    end: view.end,
    summary: view.title,
    description: markdownText(textFor(view.session.description, locale)),
    location: view.location,
    url: safeUrl(view.session.url) ?? link(view.id),
    status: view.status,
  }));
  return buildIcs(items, resolveTimeZone('event', feed.event.timezone), stamp);
}

/** `wsis-forum-2021-my-schedule.ics`. */
export const icsFilename = (eventId: string, name: string) => `${`${eventId}-${name}`.replace(/[^\w.-]+/g, '-')}.ics`;
