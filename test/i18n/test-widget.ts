// A tiny element on the shared base, for the language, direction and theme tests.
import { html } from 'lit';
import type { Feed } from '../../src/feed/types.js';
import { formatDate, formatNumber } from '../../src/i18n/format.js';
import { WsisElement } from '../../src/internal/wsis-element.js';

export class I18nTestWidget extends WsisElement {
  /** Render the empty state instead of the content. */
  empty = false;

  protected override renderFeed(_feed: Feed) {
    if (this.empty) return this.renderEmpty();
    const locale = this.locale.locale;
    return html`${this.heading(0, 'Programme')}
      <p class="percent">${formatNumber(locale, 0.25, { style: 'percent' })}</p>
      <p class="number">${formatNumber(locale, 1234567.5)}</p>
      <p class="date">${formatDate(locale, '2021-03-22T10:00:00+01:00', 'Europe/Zurich', { dateStyle: 'short' })}</p>
      <a href="#next">Next <span class="icon-directional" aria-hidden="true">→</span></a>`;
  }

  /** Exposes the base's announcer to the tests. */
  say(text: string) {
    this.announcer.announce(text);
  }
}
if (!customElements.get('i18n-test-widget')) customElements.define('i18n-test-widget', I18nTestWidget);

export const shadowPart = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
export const root = (el: Element) => el.shadowRoot!.querySelector('.root') as HTMLElement;
/** Whitespace of any kind (narrow no-break spaces in French numbers) as a plain space. */
export const plain = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
