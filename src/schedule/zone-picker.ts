/**
 * The schedule's time-zone line and picker: "Times in … (CET)", a one-click switch between the
 * visitor's and the event's zone, and a picker of every IANA zone. The visitor's choice is
 * remembered per event in localStorage (read after an update, written when chosen).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Feed } from '../feed/types.js';
import { isTimeZone, resolveTimeZone, sameClock, visitorTimeZone, zoneAbbreviation, zoneLongName } from '../sessions/time.js';
import { keepFocus } from '../internal/focus.js';
import { guard } from 'lit/directives/guard.js';
import type { ScheduleHost } from './host.js';
import { labelParts, type ScheduleMessages } from './messages/index.js';
import { findZone, nameZones, plainZone, zoneLabel, zoneOptions, zonesNamed } from './zone-names.js';

const storageKey = (eventId: string) => `wsis-schedule.timezone.${eventId}`;

function readStored(key: string): string | undefined {
  try {
    return localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

function writeStored(key: string, value: string | undefined): void {
  try {
    if (value === undefined) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage refused (private mode, a sandboxed frame): the choice lasts for this page only.
  }
}

export class ZonePicker {
  /** The visitor's choice for this event: `event`, an IANA name, or none. */
  private stored?: string;
  /** The event whose stored choice was read. */
  private readFor?: string;
  /** The zone list (about 400 options) is rendered only while the picker is open. */
  private open = false;
  /** How the last render named zones (language, instant, zones that win ties): the submit reads entries alike. */
  private lookup?: { locale: string; at: number; first: string[] };

  constructor(private readonly host: ScheduleHost) {}

  /** The zone to show: the visitor's choice, else the `timezone` attribute, resolved against the event's zone. */
  zone(attribute: string, feed: Feed): string {
    return resolveTimeZone(this.stored ?? attribute, feed.event.timezone);
  }

  /**
   * After an update: reads the remembered choice of a newly shown event (a change re-renders
   * before the browser paints). Returns whether it changed.
   */
  readStored(eventId: string): boolean {
    if (this.readFor === eventId) return false;
    this.readFor = eventId;
    const stored = readStored(storageKey(eventId));
    if (stored === this.stored) return false;
    this.stored = stored;
    this.host.requestUpdate();
    return true;
  }

  /** Remembers a zone for this event (`event`, an IANA name) or forgets the choice (undefined). */
  choose(zone: string | undefined): void {
    this.stored = zone;
    if (this.readFor) writeStored(storageKey(this.readFor), zone);
    this.host.requestUpdate();
  }

  /** A choice from a button that the choice removes: focus goes to the other switch, else the picker. */
  private chooseKeepingFocus(zone: string | undefined): void {
    this.choose(zone);
    void keepFocus(this.host, ['.zone-line .link', '.zone-form input', '.zone-picker summary']);
  }

  render(feed: Feed, m: ScheduleMessages): TemplateResult {
    const host = this.host;
    const locale = host.locale.locale;
    const zone = host.zone;
    const now = host.clock.now;
    const at = host.views[0]?.start ?? now;
    const reference = now >= at && now <= (host.views.at(-1)?.end ?? 0) ? now : at;
    const visitor = visitorTimeZone();
    const eventZone = resolveTimeZone('event', feed.event.timezone);
    const line = m.timesIn(zoneLongName(reference, zone, locale), zoneAbbreviation(reference, zone, locale));
    let action: TemplateResult | typeof nothing = nothing;
    if (!sameClock(zone, visitor, reference)) {
      action = html`<button class="link" type="button" @click=${() => this.chooseKeepingFocus(visitor)}>${m.showMyTime}</button>`;
    } else if (!sameClock(zone, eventZone, reference)) {
      action = html`<button class="link" type="button" @click=${() => this.chooseKeepingFocus('event')}>${m.showEventTime}</button>`;
    }
    const zones = this.open ? zoneOptions(locale, reference, [eventZone, visitor], m.zoneWithCity) : [];
    const named = zonesNamed(locale, m.zoneWithCity);
    if (this.open && !named) this.askNames(locale, reference, m.zoneWithCity);
    const label = zoneLabel(zone, locale, reference, m.zoneWithCity);
    const [before, after] = labelParts(m.labelValue, m.timeZone);
    this.lookup = { locale, at: reference, first: [eventZone, visitor] };
    return html`<div class="zone-line">
      <p><span class="zone-text">${line}</span> ${action}</p>
      <details class="zone-picker" @toggle=${this.onToggle}>
        <summary>${before}<span class="zone-id" data-zone=${zone} dir="auto">${label}</span>${after}</summary>
        <form class="zone-form" novalidate @submit=${this.onSubmit}>
          <label>
            <span>${m.timeZone}</span>
            <input
              name="zone"
              list="zones"
              autocomplete="off"
              dir="auto"
              .value=${label}
              aria-describedby="zone-hint"
              @input=${this.onInput}
            />
          </label>
          <span id="zone-hint" class="hint">${m.timeZoneHint}</span>
          <datalist id="zones">
            ${this.open ? guard([locale, eventZone, visitor, this.open, named], () => zones.map((z) => html`<option value=${z.label}></option>`)) : nothing}
          </datalist>
          <button class="button" type="submit">${m.applyTimeZone}</button>
          ${this.stored
            ? html`<button class="button secondary" type="button" @click=${() => this.chooseKeepingFocus(undefined)}>${m.resetTimeZone}</button>`
            : nothing}
        </form>
      </details>
    </div>`;
  }

  /** The naming the picker waits for (nameZones gives one promise per language while it runs). */
  private naming?: Promise<void>;

  /** Names every zone in `locale`, a slice at a time (the page keeps answering), then lists them all: one re-render per naming. */
  private askNames(locale: string, at: number, withCity: ScheduleMessages['zoneWithCity']): void {
    const naming = nameZones(locale, at, withCity);
    if (naming === this.naming) return;
    this.naming = naming;
    void naming.then(() => this.host.requestUpdate());
  }

  private readonly onToggle = (event: Event) => {
    this.open = (event.currentTarget as HTMLDetailsElement).open;
    this.host.requestUpdate();
  };

  /** A refused entry is marked invalid until the visitor types again (never a lock on the form). */
  private readonly onInput = (event: Event) => {
    (event.currentTarget as HTMLInputElement).setCustomValidity('');
  };

  private readonly onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('zone') as HTMLInputElement;
    input.setCustomValidity('');
    const { locale, at, first } = this.lookup ?? { locale: this.host.locale.locale, at: Date.now(), first: [] };
    const value = input.value.trim();
    const withCity = this.host.messages.zoneWithCity;
    if (!plainZone(value, first) && !zonesNamed(locale, withCity)) {
      // A localized name before the list is ready: wait for the names rather than freeze the page.
      await nameZones(locale, at, withCity);
      if (input.value.trim() !== value) return;
    }
    const match = findZone(value, locale, at, withCity, first) ?? value;
    if (isTimeZone(match)) {
      this.choose(match);
    } else {
      input.setCustomValidity(this.host.messages.timeZoneHint);
      input.reportValidity();
    }
  };
}
