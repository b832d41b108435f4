import { css, html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { textFor } from '../feed/text.js';
import type { Session } from '../feed/types.js';
import { safeUrl } from '../internal/safe-url.js';

export interface SessionListContext {
  /** BCP 47 tag for Intl and for the sessions' Text fields. */
  locale: string;
  /** IANA zone in which days and times are shown. */
  timeZone: string;
  messages: { cancelled: string; postponed: string };
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The zone to show for a `timezone` setting: `event`, `local` or an IANA name (else the event's). */
export function sessionTimeZone(setting: string | null | undefined, eventZone: string): string {
  const event = isTimeZone(eventZone) ? eventZone : 'UTC';
  if (!setting || setting === 'event') return event;
  if (setting === 'local') return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  return isTimeZone(setting) ? setting : event;
}

const rangeFormats = new Map<string, Intl.DateTimeFormat>();

function rangeFormat(locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`;
  let format = rangeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
    });
    rangeFormats.set(key, format);
  }
  return format;
}

/** `Tue 26 Jan 2021, 15:00–16:00 CET`, in the reader's language and the shown zone. */
export function formatSessionTime(session: Session, locale: string, timeZone: string): string {
  const start = Date.parse(session.start);
  const end = Date.parse(session.end);
  const format = rangeFormat(locale, timeZone);
  return end > start ? format.formatRange(start, end) : format.format(start);
}

/**
 * Sessions as a list of rows with the schedule's parts: `session` (`data-id`), `session-time`
 * (a `<time>` with the start instant) and `session-title` (a link when the session has a URL).
 */
export function renderSessionList(sessions: readonly Session[], context: SessionListContext): TemplateResult {
  const { locale, timeZone, messages } = context;
  return html`<ul class="session-list" role="list">
    ${repeat(
      sessions,
      (session) => session.id,
      (session) => {
        const url = safeUrl(session.url);
        const title = textFor(session.title, locale);
        const status =
          session.status === 'cancelled' ? messages.cancelled : session.status === 'postponed' ? messages.postponed : '';
        return html`<li class="session" part="session" data-id=${session.id} data-status=${session.status ?? 'scheduled'}>
          <time part="session-time" datetime=${session.start}>${formatSessionTime(session, locale, timeZone)}</time>
          <span part="session-title" class="session-title" dir="auto">${url ? html`<a href=${url}>${title}</a>` : title}</span>
          ${status ? html`<span class="session-status">${status}</span>` : nothing}
        </li>`;
      },
    )}
  </ul>`;
}

export const sessionListStyles = css`
  .session-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-s);
  }
  .session {
    display: grid;
    gap: 2px;
    padding-block: var(--_space-xs);
    border-block-start: 1px solid var(--_border);
  }
  .session:first-child {
    border-block-start: 0;
  }
  [part~='session-time'] {
    color: var(--_muted);
    font-size: var(--_font-size-s);
    font-variant-numeric: tabular-nums;
  }
  .session-title {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .session[data-status='cancelled'] .session-title {
    text-decoration: line-through;
  }
  .session-status {
    color: var(--_danger);
    font-size: var(--_font-size-s);
    font-weight: 600;
  }
`;
