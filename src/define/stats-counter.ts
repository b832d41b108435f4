import { defineElement } from '../internal/define-element.js';
import { statsCounterView } from '../stats-counter/stats-counter-view.js';
import { WsisStatsCounter } from '../stats-counter/stats-counter.js';

WsisStatsCounter.view = statsCounterView;
defineElement('wsis-stats-counter', WsisStatsCounter);

declare global {
  interface HTMLElementTagNameMap {
    'wsis-stats-counter': WsisStatsCounter;
  }
}

export { WsisStatsCounter };
