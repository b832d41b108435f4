// WebKit keeps stale computed styles when a stylesheet already in a shadow root's
// adoptedStyleSheets is changed with replaceSync: with two schedules on a page, a track filter set,
// cleared and set again left rows visible that the filter (and the count) excluded. The schedule
// builds a new sheet for each filter state and swaps it in. Fails in WebKitGTK 2.50 without that.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../src/define/schedule.js';
import type { WsisSchedule } from '../../src/schedule/schedule.js';
import { scheduleFeed } from './schedule-feed.js';

const rows = (el: WsisSchedule) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="session"]')];
/** The sessions a visitor sees: rows not hidden by the filter rule nor inside a hidden day. */
const shownIds = (el: WsisSchedule) => rows(el).filter((r) => r.checkVisibility()).map((r) => r.dataset.id);

async function settle(...els: WsisSchedule[]) {
  for (const el of els) {
    await el.updateComplete;
    await el.updateComplete;
  }
}

describe('<wsis-schedule> filter stylesheet, set again after being cleared', () => {
  afterEach(() => fixtureCleanup());

  it('hides the filtered rows each time, with two schedules on the page', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <wsis-schedule .feed=${scheduleFeed()}></wsis-schedule>
      <wsis-schedule .feed=${scheduleFeed()}></wsis-schedule>
    </div>`);
    const [first, second] = [...page.querySelectorAll<WsisSchedule>('wsis-schedule')];
    // The feed is read by a lazily loaded reader: wait for both lists.
    await waitUntil(() => rows(first).length > 0 && rows(second).length > 0, 'both schedules rendered', { timeout: 5000 });
    await settle(first, second);
    const all = shownIds(first);
    expect(all).to.have.length(6);

    for (const round of ['first', 'second', 'third']) {
      first.track = 'youth';
      await settle(first, second);
      expect(shownIds(first), `${round} time set`).to.deep.equal(['opening', 'after-change']);
      expect(shownIds(second), 'the other schedule is not filtered').to.deep.equal(all);
      first.track = undefined;
      await settle(first, second);
      expect(shownIds(first), `${round} time cleared`).to.deep.equal(all);
    }
  });
});
