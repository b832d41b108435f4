import { defineElement } from '../internal/define-element.js';
import { statsCounterRenderer } from '../stats-counter/stats-counter-renderer.js';
import { WsisStatsCounter } from '../stats-counter/stats-counter.js';

WsisStatsCounter.renderer = statsCounterRenderer;
defineElement('wsis-stats-counter', WsisStatsCounter);

declare global {
  interface HTMLElementTagNameMap {
    'wsis-stats-counter': WsisStatsCounter;
  }
}

export { WsisStatsCounter };
