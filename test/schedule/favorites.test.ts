import { expect, fixture, fixtureCleanup, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { SPACE } from '../support/engine.js';
import '../../src/define/schedule.js';
import { favoritesKey, FavoritesStore } from '../../src/schedule/favorites.js';
import type { WsisSchedule } from '../../src/schedule/schedule.js';
import { gridFeed } from './grid-feed.js';
// @ts-expect-error: a plain JavaScript module without types
import { synthesizeFeed } from '../../scripts/feed-synth.mjs';
import { asFeed } from '../fixtures/as-feed.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector) as HTMLElement | null;
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const star = (el: Element, id: string) => $(el, `.list [part~="session"][data-id="${id}"] > .star`)!;
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const shownIds = (el: Element) =>
  $$(el, '.list [part~="session"]')
    .filter((r) => r.checkVisibility())
    .map((r) => r.dataset.id);
const mineButton = (el: Element) =>
  $$(el, '[part~="my-schedule"] button').find((b) => b.hasAttribute('aria-pressed'))!;

async function mount(attrs: Record<string, string> = {}, feed: unknown = gridFeed()): Promise<WsisSchedule> {
  const el = document.createElement('wsis-schedule');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.feed = asFeed(feed);
  await fixture(el);
  await waitUntil(() => $(el, '.list [part~="session"] > .star'), 'stars on the rows', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

describe('<wsis-schedule> favourites', () => {
  const originalHash = location.hash;
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    fixtureCleanup();
    localStorage.clear();
    history.replaceState(null, '', `${location.pathname}${location.search}${originalHash}`);
  });

  it('puts a labelled star of at least 24px on every session, visible without hover', async () => {
    const el = await mount();
    const rows = $$(el, '.list [part~="session"]');
    expect(rows).to.have.length(6);
    for (const row of rows) {
      const button = row.querySelector<HTMLElement>(':scope > .star')!;
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      const box = button.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
      expect(getComputedStyle(button).visibility).to.equal('visible');
      expect(Number(getComputedStyle(button).opacity)).to.equal(1);
    }
    expect(star(el, 'long').getAttribute('aria-label')).to.equal('Add “Ninety Minutes” to my schedule');
  });

  it('stars a session: aria-pressed, localStorage per event, and wsis-favorites-change', async () => {
    const el = await mount();
    const event = oneEvent(el, 'wsis-favorites-change');
    star(el, 'long').click();
    const { detail, bubbles, composed } = await event;
    expect(detail.ids).to.deep.equal(['long']);
    expect(bubbles && composed).to.equal(true);
    expect(star(el, 'long').getAttribute('aria-pressed')).to.equal('true');
    expect(JSON.parse(localStorage.getItem(favoritesKey('grid-test'))!)).to.deep.equal(['long']);
    // Keyboard: the star is a button.
    star(el, 'b1').focus();
    await sendKeys({ press: SPACE });
    expect(star(el, 'b1').getAttribute('aria-pressed')).to.equal('true');
    star(el, 'long').click();
    expect(JSON.parse(localStorage.getItem(favoritesKey('grid-test'))!)).to.deep.equal(['b1']);
  });

  it('keeps the stars across a reload (a new element)', async () => {
    const first = await mount();
    star(first, 'after').click();
    fixtureCleanup();
    const again = await mount();
    expect(star(again, 'after').getAttribute('aria-pressed')).to.equal('true');
    expect(star(again, 'long').getAttribute('aria-pressed')).to.equal('false');
  });

  it('follows stars changed in another tab (the storage event)', async () => {
    const el = await mount();
    star(el, 'long').click();
    localStorage.setItem(favoritesKey('grid-test'), JSON.stringify(['b1']));
    window.dispatchEvent(new StorageEvent('storage', { key: favoritesKey('grid-test'), storageArea: localStorage }));
    await el.updateComplete;
    await el.updateComplete;
    expect(star(el, 'b1').getAttribute('aria-pressed')).to.equal('true');
    expect(star(el, 'long').getAttribute('aria-pressed')).to.equal('false');
    expect(text(mineButton(el))).to.contain('My schedule (1)');
  });

  it('keeps the star of a session that leaves the feed, and shows it again when it returns', async () => {
    const el = await mount();
    star(el, 'b2').click();
    el.feed = asFeed(gridFeed({ without: ['b2'] }));
    await waitUntil(() => !$(el, '.list [data-id="b2"]'), 'refreshed without b2');
    await el.updateComplete;
    expect(text(mineButton(el))).to.contain('My schedule (0)');
    expect(JSON.parse(localStorage.getItem(favoritesKey('grid-test'))!)).to.deep.equal(['b2']);
    el.feed = asFeed(gridFeed());
    await waitUntil(() => $(el, '.list [data-id="b2"] > .star'), 'b2 is back');
    await el.updateComplete;
    expect(star(el, 'b2').getAttribute('aria-pressed')).to.equal('true');
    expect(text(mineButton(el))).to.contain('My schedule (1)');
  });

  it('filters to "My schedule", with the count announced, and back', async () => {
    const el = await mount();
    star(el, 'long').click();
    star(el, 'tomorrow').click();
    await el.updateComplete;
    mineButton(el).click();
    await el.updateComplete;
    await el.updateComplete;
    expect(mineButton(el).getAttribute('aria-pressed')).to.equal('true');
    expect(shownIds(el)).to.deep.equal(['long', 'tomorrow']);
    expect(text($(el, '.count'))).to.equal('2 of 6 sessions');
    // Unstarring in "My schedule" takes the session out.
    star(el, 'tomorrow').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['long']);
    mineButton(el).click();
    await el.updateComplete;
    await el.updateComplete;
    expect(shownIds(el)).to.have.length(6);
  });

  it('says when "My schedule" is empty', async () => {
    const el = await mount();
    mineButton(el).click();
    await el.updateComplete;
    await el.updateComplete;
    expect(text($(el, '.mine-empty'))).to.equal('Your schedule is empty: star sessions to add them.');
    expect($(el, '[part~="empty"]')).to.not.equal(null);
  });

  it('flags starred sessions that overlap, and only those', async () => {
    const el = await mount();
    star(el, 'long').click();
    star(el, 'b2').click();
    star(el, 'after').click();
    await el.updateComplete;
    const note = (id: string) => text($(el, `.list [data-id="${id}"] > .conflict`));
    expect(note('long')).to.equal('Overlaps with Room B Second');
    expect(note('b2')).to.equal('Overlaps with Ninety Minutes');
    // Back to back is not an overlap; an unstarred overlapping session is not flagged.
    expect(note('after')).to.equal('');
    expect(note('side')).to.equal('');
    star(el, 'side').click();
    await el.updateComplete;
    expect(note('long')).to.equal('Overlaps with Side by Side and Room B Second');
    star(el, 'b2').click();
    star(el, 'side').click();
    await el.updateComplete;
    expect(note('long')).to.equal('');
  });

  it('shows stars and overlaps in the grid too', async () => {
    const box = document.createElement('div');
    box.style.width = '1000px';
    const el = document.createElement('wsis-schedule');
    el.setAttribute('view', 'grid');
    el.feed = asFeed(gridFeed());
    box.append(el);
    await fixture(box);
    await waitUntil(() => $(el, '.grid .block .star'), 'grid stars');
    const gridStar = (id: string) => $(el, `.grid .block[data-id="${id}"] .star`)!;
    gridStar('long').click();
    gridStar('side').click();
    await el.updateComplete;
    expect(gridStar('long').getAttribute('aria-pressed')).to.equal('true');
    expect(text($(el, '.grid .block[data-id="long"] .conflict'))).to.equal('Overlaps with Side by Side');
    expect(JSON.parse(localStorage.getItem(favoritesKey('grid-test'))!)).to.deep.equal(['long', 'side']);
    await expect(el).to.be.accessible();
  });

  it('works when storage throws (stars last for the page)', async () => {
    const setItem = Storage.prototype.setItem;
    const getItem = Storage.prototype.getItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    Storage.prototype.getItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    try {
      const store = new FavoritesStore('blocked');
      expect(store.toggle('a')).to.equal(true);
      expect(store.list).to.deep.equal(['a']);
      const el = await mount();
      star(el, 'long').click();
      await el.updateComplete;
      expect(star(el, 'long').getAttribute('aria-pressed')).to.equal('true');
    } finally {
      Storage.prototype.setItem = setItem;
      Storage.prototype.getItem = getItem;
    }
  });

  it('stars the rows of a big programme rendered in later chunks too', async () => {
    const feed = synthesizeFeed({ sessions: 1000 });
    const el = await mount({}, feed);
    const last = 's-01000';
    await waitUntil(() => $(el, `.list [data-id="${last}"] > .star`), 'the last chunk has stars', { timeout: 5000 });
    const rows = $$(el, '.list [part~="session"]');
    expect(rows).to.have.length(1000);
    expect(rows.filter((r) => r.querySelectorAll(':scope > .star').length !== 1)).to.have.length(0);
  });

  it('ignores a corrupt stored value', () => {
    localStorage.setItem(favoritesKey('x'), '{"not":"a list"}');
    expect(new FavoritesStore('x').list).to.deep.equal([]);
    localStorage.setItem(favoritesKey('x'), '["a", 3, "b", "a"]');
    expect(new FavoritesStore('x').list).to.deep.equal(['a', 'b']);
  });

  it('is accessible with stars, in dark theme and in Arabic', async () => {
    const light = await mount();
    star(light, 'long').click();
    star(light, 'side').click();
    await light.updateComplete;
    await expect(light).to.be.accessible();
    fixtureCleanup();
    const dark = await mount({ theme: 'dark' });
    await expect(dark).to.be.accessible();
    fixtureCleanup();
    const arabic = await mount({ lang: 'ar' });
    await waitUntil(() => star(arabic, 'long')?.getAttribute('aria-label')?.includes('برنامجي'), 'Arabic labels');
    expect(getComputedStyle($(arabic, '.list')!).direction).to.equal('rtl');
    await expect(arabic).to.be.accessible();
  });
});
