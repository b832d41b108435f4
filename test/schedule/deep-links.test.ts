/**
 * The URL hash belongs to the page: the schedule's deep links can be turned off, leave a hash
 * that is not theirs alone, and are scoped by `hash-key` (the day link too).
 */
import { expect, fixture, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { asFeed } from '../fixtures/as-feed.js';
import '../../src/define/schedule.js';
import type { WsisSchedule } from '../../src/schedule/schedule.js';
import { scheduleFeed } from './schedule-feed.js';

async function mount(attrs: Record<string, string> = {}): Promise<WsisSchedule> {
  const el = document.createElement('wsis-schedule');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.feed = asFeed(scheduleFeed());
  await fixture(el);
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="day"]'), 'rendered');
  await el.updateComplete;
  await el.updateComplete;
  return el;
}

const dialog = (el: WsisSchedule) => el.shadowRoot!.querySelector('dialog')!;
const setHash = (hash: string) => history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
const clickRow = (el: WsisSchedule, id: string) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="session"][data-id="${id}"] button.open`)!.click();
/** Lets a hashchange, an import and the updates they cause happen. */
const settle = async (el: WsisSchedule) => {
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    await el.updateComplete;
  }
};

describe('<wsis-schedule> deep links and the page’s hash', () => {
  const originalHash = location.hash;
  afterEach(() => {
    fixtureCleanup();
    setHash(originalHash);
  });

  it('hash-key="none" turns deep links off: a link in the hash is not followed, opening writes nothing', async () => {
    setHash('#session=opening');
    const el = await mount({ 'hash-key': 'none' });
    await settle(el);
    expect(dialog(el).open, 'not opened from the hash').to.equal(false);
    setHash('');
    clickRow(el, 'after-change');
    await waitUntil(() => dialog(el).open, 'opened from its row');
    expect(location.hash).to.equal('');
    location.hash = '#none=opening';
    await settle(el);
    expect(dialog(el).querySelector('[part~="details-title"]')!.textContent).to.contain('After the Clock Change');
    dialog(el).close();
    await settle(el);
    expect(location.hash).to.equal('#none=opening');
    el.goToDay('2021-03-22');
    await settle(el);
    expect(location.hash).to.equal('#none=opening');
  });

  for (const foreign of ['#/events/programme', '#top']) {
    it(`never rewrites a hash that is not in its key=value form (${foreign})`, async () => {
      setHash(foreign);
      const el = await mount();
      clickRow(el, 'after-change');
      await waitUntil(() => dialog(el).open, 'opened');
      expect(location.hash).to.equal(foreign);
      dialog(el).close();
      await settle(el);
      expect(location.hash).to.equal(foreign);
      el.goToDay('2021-03-22');
      await settle(el);
      expect(location.hash).to.equal(foreign);
    });
  }

  it('scopes the day link by hash-key: #<key>-day= is written and read, another key’s #day= is left alone', async () => {
    setHash('#day=2021-03-22&talk-day=2021-03-29');
    const el = await mount({ 'hash-key': 'talk' });
    el.goToDay('2021-03-22');
    await settle(el);
    expect(new URLSearchParams(location.hash.slice(1)).get('talk-day')).to.equal('2021-03-22');
    expect(new URLSearchParams(location.hash.slice(1)).get('day'), 'the default key’s day link is kept').to.equal('2021-03-22');
    clickRow(el, 'after-change');
    await waitUntil(() => dialog(el).open, 'opened');
    const params = new URLSearchParams(location.hash.slice(1));
    expect(params.get('talk')).to.equal('after-change');
    expect(params.has('talk-day'), 'its own day link gives way to the session').to.equal(false);
    expect(params.get('day'), 'another element’s day link stays').to.equal('2021-03-22');
  });
});
