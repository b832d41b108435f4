/**
 * <wsis-schedule> as the all-in-one bundle defines it: the class at once, its parts and styles
 * (schedule-view.ts) when the first schedule connects. Each test defines its own tag whose view
 * arrives only when released (or fails), as in the other elements' on-demand tests.
 */
import { expect, fixture, fixtureCleanup, oneEvent, waitUntil } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { WsisErrorEvent } from '../../src/events/feed-events.js';
import { scheduleView, type ScheduleView } from '../../src/schedule/schedule-view.js';
import { WsisSchedule } from '../../src/schedule/schedule.js';
import { asFeed } from '../fixtures/as-feed.js';
import { scheduleFeed } from './schedule-feed.js';

let count = 0;
/** A tag whose view is given by `load` (called on each attempt). */
function lazyTag(load: (attempt: number) => Promise<ScheduleView>): string {
  let attempts = 0;
  class LazySchedule extends WsisSchedule {}
  LazySchedule.view = () => load(++attempts);
  const tag = `test-lazy-schedule-${++count}`;
  customElements.define(tag, LazySchedule);
  return tag;
}

function held(): { tag: string; release: () => void } {
  let release = () => {};
  const tag = lazyTag(() => new Promise<ScheduleView>((resolve) => (release = () => resolve(scheduleView))));
  return { tag, release: () => release() };
}

async function mount(tag: string): Promise<WsisSchedule> {
  const name = unsafeStatic(tag);
  const el = await fixture<WsisSchedule>(staticHtml`<${name} .feed=${asFeed(scheduleFeed())}></${name}>`);
  await el.updateComplete;
  return el;
}

const $ = (el: WsisSchedule, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const rowIds = (el: WsisSchedule) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="session"]')].map((r) => r.dataset.id);

describe('<wsis-schedule> with its view loaded apart', () => {
  const original = location.href;
  afterEach(() => {
    fixtureCleanup();
    history.replaceState(null, '', original);
  });

  it('shows the loading state until the view arrives, then the programme with its styles', async () => {
    const { tag, release } = held();
    const el = await mount(tag);
    expect($(el, '[part="loading"]')?.getAttribute('role')).to.equal('status');
    expect(rowIds(el)).to.deep.equal([]);
    expect(el.views).to.deep.equal([]);
    el.openSession('opening');
    el.goToDay('2021-03-22');
    release();
    await waitUntil(() => rowIds(el).length > 0, 'no rows after the view arrived', { timeout: 5000 });
    expect($(el, '[part="loading"]')).to.equal(null);
    expect(rowIds(el)).to.include.members(['opening', 'late-cafe']);
    // Like before a feed is read: nothing to open or scroll to yet, so nothing happened.
    expect(el.shadowRoot!.querySelector('dialog')?.open ?? false).to.equal(false);
    expect(location.hash).to.equal(new URL(original).hash);
    expect($(el, '[part~="heading"]')!.textContent).to.equal('Programme');
    // The view's styles are adopted: the schedule's box is a size container.
    expect(getComputedStyle($(el, '.root')!).containerType).to.equal('inline-size');
  });

  it('follows a #session= link that was in the address before the view arrived', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#session=opening`);
    const { tag, release } = held();
    const el = await mount(tag);
    release();
    const dialog = () => el.shadowRoot!.querySelector('dialog');
    await waitUntil(() => dialog()?.open, 'the linked session was not opened', { timeout: 5000 });
    await waitUntil(() => dialog()!.querySelector('[part~="details-title"]'), 'no details title', { timeout: 5000 });
    expect(dialog()!.querySelector('[part~="details-title"]')!.textContent).to.contain('Opening of the Forum');
  });

  it('applies a zone chosen with chooseZone() before the view arrived', async () => {
    const { tag, release } = held();
    const el = await mount(tag);
    el.chooseZone('Pacific/Auckland');
    release();
    await waitUntil(() => $(el, '.zone-id'), 'no zone line', { timeout: 5000 });
    await el.updateComplete;
    expect($(el, '.zone-id')!.dataset.zone).to.equal('Pacific/Auckland');
    localStorage.removeItem('wsis-schedule.timezone.schedule-test');
  });

  it('says when the view cannot be loaded (wsis-error kind "code", an alert) and shows the programme after Retry', async () => {
    const tag = lazyTag((attempt) => (attempt === 1 ? Promise.reject(new Error('chunk missing')) : Promise.resolve(scheduleView)));
    const el = document.createElement(tag) as WsisSchedule;
    el.feed = asFeed(scheduleFeed());
    const reported = oneEvent(el, 'wsis-error') as Promise<WsisErrorEvent>;
    const mounted = fixture(el);
    const { detail } = await reported;
    await mounted;
    expect(detail.kind).to.equal('code');
    expect(detail.message).to.contain('chunk missing');
    await waitUntil(() => $(el, '[part="error"]'), 'no error state', { timeout: 5000 });
    expect($(el, '[part="error"]')!.getAttribute('role')).to.equal('alert');
    expect(rowIds(el)).to.deep.equal([]);
    $(el, '[part="retry"]')!.click();
    await waitUntil(() => rowIds(el).length > 0, 'no rows after Retry', { timeout: 5000 });
    expect($(el, '[part="error"]')).to.equal(null);
  });
});
