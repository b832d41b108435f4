import { defineElement } from '../internal/define-element.js';
import { WsisSchedule } from '../schedule/schedule.js';

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
