import { defineElement } from '../internal/define-element.js';
import { scheduleView } from '../schedule/schedule-view.js';
import { WsisSchedule } from '../schedule/schedule.js';

// This entry brings the view along (no extra request); the all-in-one bundle loads it lazily.
WsisSchedule.view = scheduleView;
defineElement('wsis-schedule', WsisSchedule);

// The events this element fires, typed (their declaration files add them to the event maps).
export type { WsisErrorEvent, WsisLoadEvent } from '../events/feed-events.js';
export type { WsisFavoritesChangeEvent } from '../events/favorites-change.js';
export type { WsisSessionSelectEvent } from '../events/session-select.js';

declare global {
  interface HTMLElementTagNameMap {
    'wsis-schedule': WsisSchedule;
  }
}

export { WsisSchedule };
