import { aTimeout, expect, fixture, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/schedule.js';
import { layoutDay, layoutSheet } from '../../src/schedule/grid-layout.js';
import type { WsisSchedule } from '../../src/schedule/schedule.js';
import { gridFeed } from './grid-feed.js';
import { asFeed } from '../fixtures/as-feed.js';

type Attrs = Record<string, string>;

/** A schedule in a box of `width` px (the grid needs 640). */
async function mountGrid(attrs: Attrs = {}, width = 1000, feed: unknown = gridFeed()): Promise<{ el: WsisSchedule; box: HTMLElement }> {
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  const el = document.createElement('wsis-schedule');
  el.setAttribute('view', 'grid');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.feed = asFeed(feed);
  box.append(el);
  await fixture(box);
  return { el, box };
}

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector) as HTMLElement | null;
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const block = (el: Element, id: string) => $(el, `.grid .block[data-id="${id}"]`)!;
const rect = (el: Element, id: string) => block(el, id).getBoundingClientRect();
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function gridShown(el: WsisSchedule) {
  // The first grid fetches the reader, the plan and the grid modules: give it time to arrive.
  await waitUntil(() => $(el, '.grid .block'), 'the grid rendered', { timeout: 5000 });
  await el.updateComplete;
}

/** Holds back idle callbacks until `run` is called (each with 50 ms to spare); `restore` puts requestIdleCallback back. */
function holdIdle() {
  const idle = window.requestIdleCallback;
  const held: IdleRequestCallback[] = [];
  window.requestIdleCallback = (step) => held.push(step);
  return {
    run: () => {
      while (held.length) held.shift()!({ didTimeout: false, timeRemaining: () => 50 });
    },
    restore: () => {
      window.requestIdleCallback = idle;
    },
  };
}
const daySessions = ['after', 'b1', 'b2', 'long', 'side', ...Array.from({ length: 12 }, (_, i) => `hall-${i}`)].sort();

const active = (el: Element) => el.shadowRoot!.activeElement?.closest<HTMLElement>('.block')?.dataset.id;

describe('<wsis-schedule view="grid">', () => {
  const originalHash = location.hash;
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    fixtureCleanup();
    localStorage.clear();
    // Opening a session writes #session=… (a deep link the next element would follow).
    history.replaceState(null, '', `${location.pathname}${location.search}${originalHash}`);
  });

  describe('layout', () => {
    it('sizes blocks by duration: a 90-minute session spans three 30-minute rows', async () => {
      const { el } = await mountGrid();
      await gridShown(el);
      // As tall as three 30-minute time rows (the axis's labels), b1 as one.
      const row = $(el, '.grid .tick')!.getBoundingClientRect().height;
      expect(rect(el, 'long').height).to.be.closeTo(3 * row, 1);
      expect(rect(el, 'b1').height).to.be.closeTo(row, 1);
      // Starts at the same line as the other 9:00 sessions, ends where the 10:30 session starts.
      expect(rect(el, 'long').top).to.be.closeTo(rect(el, 'b1').top, 0.5);
      expect(rect(el, 'after').top - rect(el, 'long').bottom).to.be.within(0, 3);
      // b2 (9:30) starts below b1 (9:00) and the 90-minute block reaches below b2's end.
      expect(rect(el, 'b2').top).to.be.greaterThan(rect(el, 'b1').bottom - 1);
      expect(rect(el, 'long').bottom).to.be.greaterThan(rect(el, 'b2').bottom);
    });

    it('marks the sessions under way "Live now"', async () => {
      const { el } = await mountGrid({ now: '2021-03-22T09:45:00+01:00' });
      await gridShown(el);
      const live = $$(el, '[part~="session-live"]').filter((b) => b.closest('.grid'));
      expect(live.map((b) => b.dataset.id)).to.have.members(['long', 'side', 'b2']);
      expect(text(block(el, 'long').querySelector('.badge.live'))).to.equal('Live now');
      expect(block(el, 'b1').querySelector('.badge.live')).to.equal(null);
    });

    it('shows one day at a time, with a day strip to change it', async () => {
      const { el } = await mountGrid();
      await gridShown(el);
      expect($$(el, '.grid .block').map((b) => b.dataset.id)).to.have.members(['long', 'side', 'after', 'b1', 'b2']);
      const next = $$(el, '.grid-days button')[1];
      expect(next.getAttribute('aria-pressed')).to.equal('false');
      next.click();
      await el.updateComplete;
      expect($$(el, '.grid .block').map((b) => b.dataset.id)).to.deep.equal(['tomorrow']);
      expect(next.getAttribute('aria-pressed')).to.equal('true');
    });

    it('places overlapping sessions of one column side by side', async () => {
      const { el } = await mountGrid();
      await gridShown(el);
      const long = rect(el, 'long');
      const side = rect(el, 'side');
      expect(long.top).to.be.closeTo(side.top, 0.5);
      expect(long.width).to.be.greaterThan(40);
      expect(side.width).to.be.greaterThan(40);
      // No horizontal overlap.
      expect(Math.min(long.right, side.right) - Math.max(long.left, side.left)).to.be.at.most(0);
      // Room B's blocks are in another column, after both lanes of Room A.
      expect(rect(el, 'b1').left).to.be.greaterThan(Math.max(long.right, side.right) - 1);
    });

    it('has columns by location, or by track with grid-columns="track"', async () => {
      const { el } = await mountGrid();
      await gridShown(el);
      expect($$(el, '[part~="grid-column"]').map(text)).to.deep.equal(['Room A', 'Room B']);
      el.setAttribute('grid-columns', 'track');
      await el.updateComplete;
      await el.updateComplete;
      expect($$(el, '[part~="grid-column"]').map(text)).to.deep.equal(['Cybersecurity', 'Youth', 'Other sessions']);
      // A column per track: Cybersecurity's sessions are under its heading, left of Youth's.
      const [cyber, youth] = $$(el, '[part~="grid-column"]').map((h) => h.getBoundingClientRect());
      for (const id of ['side', 'b1']) {
        expect(rect(el, id).left).to.be.at.least(cyber.left - 0.5);
        expect(rect(el, id).right).to.be.at.most(cyber.right + 0.5);
      }
      expect(rect(el, 'long').left).to.be.at.least(youth.left - 0.5);
    });

    it('keeps the time axis and column headers sticky, scrolls sideways with many columns', async () => {
      const { el } = await mountGrid({}, 900, gridFeed({ halls: 12 }));
      await gridShown(el);
      const scroller = $(el, '.grid-scroll')!;
      expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
      expect(getComputedStyle($(el, '.tick')!).position).to.equal('sticky');
      expect(getComputedStyle($(el, '.column-head')!).position).to.equal('sticky');
      scroller.scrollLeft = 600;
      await aTimeout(20);
      // The time axis stays at the scroller's start edge.
      expect($(el, '.tick')!.getBoundingClientRect().left).to.be.closeTo(scroller.getBoundingClientRect().left + 1, 2);
    });

    it('reaches a block in a column far off screen with the arrow keys, and scrolls it into view', async () => {
      // Idle moments held back: only the columns near the view have their blocks at first.
      const idle = holdIdle();
      try {
        const { el } = await mountGrid({}, 900, gridFeed({ halls: 12 }));
        await gridShown(el);
        // Columns: Hall 00 … Hall 11, Room A, Room B (by name). Room B is far off screen, not built yet.
        const scroller = $(el, '.grid-scroll')!;
        const roomB = $(el, '.grid .column[data-column="13"]')!;
        expect(roomB.getBoundingClientRect().left).to.be.greaterThan(scroller.getBoundingClientRect().right);
        expect($(el, '.grid .block[data-id="b1"]'), 'Room B filled before the first paint').to.equal(null);
        expect(block(el, 'hall-0'), 'the first column filled').to.not.equal(null);
        block(el, 'hall-0').querySelector<HTMLElement>('.open')!.focus();
        for (let i = 0; i < 13; i++) await sendKeys({ press: 'ArrowRight' });
        expect(active(el)).to.equal('b1');
        const far = block(el, 'b1');
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        expect(far.checkVisibility({ contentVisibilityAuto: true })).to.equal(true);
        expect(far.getBoundingClientRect().right).to.be.at.most(scroller.getBoundingClientRect().right + 1);
        // The idle moments fill every other column: each session of the day is then in the DOM once.
        idle.run();
        expect($$(el, '.grid .block').map((b) => b.dataset.id).sort()).to.deep.equal(daySessions);
        expect($$(el, '.grid .column:not(.laid)')).to.have.length(0);
      } finally {
        idle.restore();
      }
    });

    it('fills the columns left after the first paint when the element comes back into the page', async () => {
      const idle = holdIdle();
      try {
        const { el, box } = await mountGrid({}, 900, gridFeed({ halls: 12 }));
        await gridShown(el);
        const parent = box.parentElement!;
        box.remove();
        idle.run();
        expect($(el, '.grid .block[data-id="b1"]'), 'nothing filled out of the page').to.equal(null);
        parent.append(box);
        idle.run();
        expect($$(el, '.grid .block').map((b) => b.dataset.id).sort()).to.deep.equal(daySessions);
      } finally {
        idle.restore();
      }
    });

    it('builds the list hidden behind the grid only after the grid, then every row', async () => {
      const box = document.createElement('div');
      box.style.width = '1000px';
      const el = document.createElement('wsis-schedule') as WsisSchedule;
      el.setAttribute('view', 'grid');
      box.append(el);
      document.body.append(box);
      try {
        const rowsWhenGridCame: number[] = [];
        const observer = new MutationObserver(() => {
          if (!rowsWhenGridCame.length && $(el, '.grid .block')) rowsWhenGridCame.push($$(el, '.list [part~="session"]').length);
        });
        observer.observe(el.shadowRoot!, { childList: true, subtree: true });
        el.feed = asFeed(gridFeed());
        await gridShown(el);
        observer.disconnect();
        expect(rowsWhenGridCame).to.deep.equal([0]);
        await waitUntil(() => $$(el, '.list [part~="session"]').length === 6, 'the list behind the grid complete', { timeout: 5000 });
      } finally {
        box.remove();
      }
    });

    it('puts the time axis on the right in Arabic', async () => {
      const { el } = await mountGrid({ lang: 'ar' });
      await gridShown(el);
      expect(getComputedStyle($(el, '.grid')!).direction).to.equal('rtl');
      const tick = $(el, '.tick')!.getBoundingClientRect();
      expect(tick.left).to.be.greaterThan(rect(el, 'long').right);
      // Room A (first column) is right of Room B.
      expect(rect(el, 'long').left).to.be.greaterThan(rect(el, 'b1').right - 1);
    });
  });

  describe('fallback to the list', () => {
    it('shows the list when the element is narrower than a grid can be read, and the grid again when wide', async () => {
      const { el, box } = await mountGrid({}, 400);
      await waitUntil(() => $(el, '[part~="day"]'), 'the list rendered');
      await aTimeout(100);
      expect($(el, '.grid-view')).to.equal(null);
      expect(getComputedStyle($(el, '.list')!).display).to.not.equal('none');
      box.style.width = '1000px';
      await gridShown(el);
      expect(getComputedStyle($(el, '.list')!).display).to.equal('none');
      box.style.width = '600px';
      await waitUntil(() => !$(el, '.grid-view'), 'back to the list');
      expect(getComputedStyle($(el, '.list')!).display).to.not.equal('none');
    });
  });

  describe('keyboard', () => {
    it('moves between blocks with the arrow keys, one tab stop (roving tabindex)', async () => {
      const { el } = await mountGrid();
      await gridShown(el);
      const tabStops = () => $$(el, '.grid .block .open').filter((b) => b.getAttribute('tabindex') === '0');
      expect(tabStops()).to.have.length(1);
      tabStops()[0].focus();
      expect(active(el)).to.equal('long');
      await sendKeys({ press: 'ArrowDown' });
      expect(active(el)).to.equal('side');
      await sendKeys({ press: 'ArrowDown' });
      expect(active(el)).to.equal('after');
      await sendKeys({ press: 'ArrowRight' });
      expect(active(el)).to.equal('b2');
      await sendKeys({ press: 'ArrowLeft' });
      expect(['long', 'side', 'after']).to.include(active(el));
      await sendKeys({ press: 'Home' });
      expect(active(el)).to.equal('long');
      expect(tabStops().map((b) => b.closest<HTMLElement>('.block')!.dataset.id)).to.deep.equal(['long']);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => ($(el, 'dialog') as HTMLDialogElement | null)?.open, 'the details opened');
      // Closing the details gives the focus back to the block.
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => active(el) === 'long', 'focus back on the block');
    });

    it('reverses left and right in Arabic', async () => {
      const { el } = await mountGrid({ lang: 'ar' });
      await gridShown(el);
      await waitUntil(() => text($(el, '.corner')) === 'الوقت', 'Arabic strings');
      block(el, 'b1').querySelector<HTMLElement>('.open')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(['long', 'side']).to.include(active(el));
    });

    it('scrolls a focused block clear of the sticky headers', async () => {
      const tall = gridFeed();
      for (let i = 0; i < 16; i++) {
        const start = new Date(Date.UTC(2021, 2, 22, 10, 0) + i * 30 * 60000).toISOString();
        const end = new Date(Date.UTC(2021, 2, 22, 10, 30) + i * 30 * 60000).toISOString();
        tall.sessions.push({ ...tall.sessions[4], id: `later-${i}`, title: `Later ${i}`, start, end });
      }
      const { el } = await mountGrid({}, 1000, tall);
      el.style.setProperty('--wsis-schedule-grid-height', '260px');
      await gridShown(el);
      block(el, 'b1').querySelector<HTMLElement>('.open')!.focus();
      for (let i = 0; i < 8; i++) await sendKeys({ press: 'ArrowDown' });
      const focused = el.shadowRoot!.activeElement!.closest('.block')!.getBoundingClientRect();
      const head = $(el, '.column-head')!.getBoundingClientRect();
      const scroller = $(el, '.grid-scroll')!.getBoundingClientRect();
      expect(focused.top).to.be.at.least(head.bottom - 1);
      expect(focused.bottom).to.be.at.most(scroller.bottom + 1);
      // From the bottom, back up to a block above the visible area: it lands below the headers.
      const box = $(el, '.grid-scroll')!;
      box.scrollTop = box.scrollHeight;
      await aTimeout(20);
      await sendKeys({ press: 'ArrowUp' });
      const back = el.shadowRoot!.activeElement!.closest('.block')!.getBoundingClientRect();
      expect(back.top).to.be.at.least($(el, '.column-head')!.getBoundingClientRect().bottom - 1);
    });
  });

  describe('accessibility', () => {
    it('is accessible in the grid view (light)', async () => {
      const { el } = await mountGrid();
      await gridShown(el);
      await expect(el).to.be.accessible();
    });

    it('is accessible in the grid view (dark)', async () => {
      const { el } = await mountGrid({ theme: 'dark' });
      await gridShown(el);
      await expect(el).to.be.accessible();
    });

    it('is accessible in the grid view (Arabic)', async () => {
      const { el } = await mountGrid({ lang: 'ar' });
      await gridShown(el);
      await waitUntil(() => text($(el, '.corner')) === 'الوقت', 'Arabic strings');
      await expect(el).to.be.accessible();
    });
  });

  describe('layoutDay', () => {
    const at = (h: number, m = 0) => Date.UTC(2021, 2, 22, h - 1, m);
    const labels = new Map([
      ['a', 'Room A'],
      ['b', 'Room B'],
    ]);

    it('uses 15- or 5-minute rows when sessions need them', () => {
      const quarter = layoutDay([{ id: 'x', start: at(9, 15), end: at(10), column: 'a' }], 'Europe/Zurich', labels);
      expect(quarter.slot).to.equal(15);
      expect(quarter.blocks[0]).to.include({ rowStart: 3, rowEnd: 6 });
      const five = layoutDay([{ id: 'x', start: at(9, 5), end: at(9, 50), column: 'a' }], 'Europe/Zurich', labels);
      expect(five.slot).to.equal(5);
      expect(five.blocks[0].rowEnd - five.blocks[0].rowStart).to.equal(9);
    });

    it('counts rows in real time across the DST change (28 March 2021 in Zurich)', () => {
      // 01:30 CET to 03:30 CEST is one hour.
      const layout = layoutDay(
        [{ id: 'x', start: Date.parse('2021-03-28T01:30:00+01:00'), end: Date.parse('2021-03-28T03:30:00+02:00'), column: 'a' }],
        'Europe/Zurich',
        labels,
      );
      expect(layout.blocks[0].rowEnd - layout.blocks[0].rowStart).to.equal(2);
    });

    it('gives a column as many lanes as its busiest moment needs; its CSS places blocks by shared classes, never by id', () => {
      const layout = layoutDay(
        [
          { id: 'p"1', start: at(9), end: at(11), column: 'a' },
          { id: 'p2', start: at(9), end: at(10), column: 'a' },
          { id: 'p3', start: at(9, 30), end: at(10), column: 'a' },
          { id: 'p4', start: at(11), end: at(12), column: 'a' },
          { id: 'q', start: at(9), end: at(10), column: 'b' },
        ],
        'Europe/Zurich',
        labels,
      );
      expect(layout.columns.map((c) => [c.label, c.lanes])).to.deep.equal([
        ['Room A', 3],
        ['Room B', 1],
      ]);
      const p4 = layout.blocks.find((b) => b.id === 'p4')!;
      // Alone in its cluster: the whole column.
      expect([p4.colStart, p4.colEnd]).to.deep.equal([2, 5]);
      expect(layout.blocks.find((b) => b.id === 'q')!.colStart).to.equal(5);
      const { css, classes } = layoutSheet(layout);
      const of = (id: string) => classes[layout.blocks.findIndex((b) => b.id === id)];
      // 09:00 (the origin) for 120 minutes, in the first of Room A's three lanes.
      expect(of('p"1')).to.equal('o-0 m-120 x-0-1-3');
      expect(css).to.contain('.grid .o-0 { inset-block-start: calc(var(--_minute) * 0); }');
      expect(css).to.contain('.grid .m-120 { block-size: calc(var(--_minute) * 120); }');
      expect(css).to.contain('.grid .x-0-1-3 { inset-inline-start: calc(100% * 0 / 3); inline-size: calc(100% * 1 / 3 - 2px); }');
      // 11:00 for 60 minutes, alone: the whole column.
      expect(of('p4')).to.equal('o-120 m-60 x-0-3-3');
      expect(css).to.contain('.grid .x-0-3-3 { inset-inline: 0; }');
      // Blocks with the same start share its rule: three start at 09:00, one rule.
      expect(css.split('.grid .o-0 ').length - 1).to.equal(1);
      expect(classes.filter((c) => c.startsWith('o-0 '))).to.have.length(3);
      expect(css).to.not.contain('p"1');
    });
  });
});
