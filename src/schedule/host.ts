/**
 * What the parts of <wsis-schedule> (filters, zone picker, day strip, details, list) read from
 * the element: types only, so none of them imports the element's module.
 */
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { Feed } from '../feed/types.js';
import type { LocaleController } from '../i18n/locale-controller.js';
import type { AdoptedSheets } from '../internal/adopted-sheets.js';
import type { Announcer } from '../internal/announcer.js';
import type { ClockController } from '../internal/clock.js';
import type { DeepLinkController } from '../internal/deep-link.js';
import type { DayGroup } from '../sessions/time.js';
import type { SessionView } from '../sessions/view-model.js';
import type { ScheduleMessages } from './messages/index.js';

export type FilterKey = 'track' | 'type' | 'day' | 'location' | 'language' | 'query';

export interface ScheduleHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  track?: string;
  type?: string;
  day?: string;
  location?: string;
  language?: string;
  query?: string;
  /** Partner ids (comma-separated): only sessions they organize. */
  partner?: string;
  readonly headingLevel: number;
  readonly feedState: { readonly feed?: Feed };
  readonly locale: LocaleController;
  readonly announcer: Announcer;
  readonly sheets: AdoptedSheets;
  readonly clock: ClockController;
  readonly links: DeepLinkController;
  readonly messages: ScheduleMessages;
  /** Every session in the shown zone, sorted; by id; by day. */
  readonly views: SessionView[];
  readonly byId: Map<string, SessionView>;
  readonly groups: DayGroup<SessionView>[];
  /** The IANA zone the programme is shown in. */
  readonly zone: string;
  heading(depth: number, content: unknown, part?: string): TemplateResult;
  openSession(id: string, fromRow?: boolean): void;
  sessionLink(id: string): string;
}
