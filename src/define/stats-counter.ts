import { defineElement } from '../internal/define-element.js';
import { WsisStatsCounter } from '../stats-counter/stats-counter.js';

defineElement('wsis-stats-counter', WsisStatsCounter);

declare global {
  interface HTMLElementTagNameMap {
    'wsis-stats-counter': WsisStatsCounter;
  }
}

export { WsisStatsCounter };
