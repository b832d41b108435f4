import { defineElement } from '../internal/define-element.js';
import { WsisSchedule } from '../schedule/schedule.js';

defineElement('wsis-schedule', WsisSchedule);

declare global {
  interface HTMLElementTagNameMap {
    'wsis-schedule': WsisSchedule;
  }
}

export { WsisSchedule };
