/**
 * The view of <wsis-schedule> (see internal/element-view.ts): its styles, its strings, and its
 * parts (derivation, filters, zone picker, day strip, list, details). Attached by
 * src/define/schedule.ts; the all-in-one bundle loads it when the first schedule connects, in
 * parallel with the feed, so a page without a schedule never downloads it.
 */
import { scheduleMessages } from './messages/index.js';
import { ScheduleParts, type ScheduleShell } from './schedule-parts.js';
import { scheduleStyles } from './schedule.styles.js';

export interface ScheduleView {
  readonly styles: typeof scheduleStyles;
  readonly messages: typeof scheduleMessages;
  /** The parts of one schedule element (each element has its own). */
  create(host: ScheduleShell): ScheduleParts;
}

export const scheduleView: ScheduleView = {
  styles: scheduleStyles,
  messages: scheduleMessages,
  create: (host) => new ScheduleParts(host),
};
