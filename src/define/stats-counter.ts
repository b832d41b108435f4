import { defineElement } from '../internal/define-element.js';
import { statsCounterView } from '../stats-counter/stats-counter-view.js';
import { WsisStatsCounter } from '../stats-counter/stats-counter.js';

WsisStatsCounter.view = statsCounterView;
defineElement('wsis-stats-counter', WsisStatsCounter);

// The events this element fires, typed (their declaration files add them to the event maps).
export type { WsisErrorEvent, WsisLoadEvent } from '../events/feed-events.js';
export type { WsisLiveErrorEvent, WsisStatsUpdateEvent } from '../events/stats-events.js';

declare global {
  interface HTMLElementTagNameMap {
    'wsis-stats-counter': WsisStatsCounter;
  }
}

export { WsisStatsCounter };
