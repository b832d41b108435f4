/**
 * A focused control is seen whole (WCAG 2.4.11 Focus Not Obscured, 2.4.7 Focus Visible):
 * - the schedule's week and day strips scroll sideways, and a scroller clips what overflows its
 *   padding box: the focus ring (outline + offset) of every button stays inside it, at either end
 *   of the strip too;
 * - the schedule's day headings stick to the top of the page while their day scrolls: tabbing
 *   upward (Shift+Tab) scrolls each row clear of its day's heading, not under it.
 */
import { expect, fixture, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { asFeed } from '../fixtures/as-feed.js';
import { engine, pressShiftTab, viewportEngines } from '../support/engine.js';
import '../../src/define/schedule.js';
import type { WsisSchedule } from '../../src/schedule/schedule.js';

/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const shiftTab = pressShiftTab;

/** Resolves once `scroller` (and the page) stop moving: a smooth scroll takes a few frames. */
async function settled(scroller?: HTMLElement): Promise<void> {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const where = () => `${scroller?.scrollLeft ?? 0} ${scrollX} ${scrollY}`;
  let last = '';
  for (let i = 0; i < 120 && where() !== last; i++) {
    last = where();
    await frame();
    await frame();
  }
}

/** `days` days of `perDay` one-hour sessions each, from 22 March 2021. */
function programme(days: number, perDay: number) {
  const sessions = [];
  for (let day = 0; day < days; day++) {
    const date = new Date(Date.UTC(2021, 2, 22 + day)).toISOString().slice(0, 10);
    for (let hour = 0; hour < perDay; hour++) {
      const h = String(7 + hour).padStart(2, '0');
      sessions.push({
        id: `d${day}-s${hour}`,
        title: `Session ${hour + 1} of day ${day + 1}`,
        start: `${date}T${h}:00:00+01:00`,
        end: `${date}T${h}:45:00+01:00`,
        location: `Room ${hour + 1}`,
      });
    }
  }
  return {
    version: 1,
    event: { id: 'f', name: 'Forum', timezone: 'Europe/Zurich', start: '2021-03-22', end: '2021-06-30' },
    sessions,
  };
}

/**
 * The schedule in a window of `width` × `height`. Where the harness cannot size the window
 * (WebKit over WebDriver), the element gets that width from a wrapper instead: the strips scroll
 * inside the element's own box either way, and the page still scrolls under the sticky headings.
 */
async function mount(feed: unknown, width: number, height: number): Promise<WsisSchedule> {
  const el = document.createElement('wsis-schedule');
  el.feed = asFeed(feed);
  if (viewportEngines.includes(engine)) {
    await setViewport({ width, height });
    await fixture(el);
  } else {
    const wrapper = document.createElement('div');
    wrapper.style.width = `${Math.min(width, document.documentElement.clientWidth)}px`;
    // Room to scroll a row of the last day under its heading, whatever the window's height.
    wrapper.style.paddingBottom = '100vh';
    wrapper.append(el);
    await fixture(wrapper);
  }
  // The stars come with the code loaded after the first render: wait for them (they are tab stops).
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="session"] .star'), 'the list and its stars', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** The box a focus ring takes: the border box grown by the outline's offset and width. */
function ringOf(control: Element): DOMRect {
  const style = getComputedStyle(control);
  expect(style.outlineStyle, 'the focused control shows no outline').to.not.equal('none');
  const grow = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
  const box = control.getBoundingClientRect();
  return new DOMRect(box.x - grow, box.y - grow, box.width + 2 * grow, box.height + 2 * grow);
}

/** Where a scroller clips: its padding box (the border box less its borders). */
function clipOf(scroller: HTMLElement): DOMRect {
  const box = scroller.getBoundingClientRect();
  const left = scroller.clientLeft;
  const top = scroller.clientTop;
  return new DOMRect(box.x + left, box.y + top, scroller.clientWidth, scroller.clientHeight);
}

describe('focus seen whole in the schedule', () => {
  afterEach(async () => {
    fixtureCleanup();
    window.scrollTo(0, 0);
    if (viewportEngines.includes(engine)) await setViewport({ width: 800, height: 600 });
  });

  for (const lang of ['en', 'ar']) {
    it(`the week strip's focus ring is inside the strip's clip, from its first button to its last (${lang})`, async () => {
      // 14 weeks of one day each: more than the strip shows at 320 px, so it scrolls.
      const feed = programme(1, 1);
      for (let week = 1; week < 14; week++) {
        const date = new Date(Date.UTC(2021, 2, 22 + 7 * week)).toISOString().slice(0, 10);
        feed.sessions.push({ ...feed.sessions[0], id: `w${week}`, start: `${date}T09:00:00+01:00`, end: `${date}T10:00:00+01:00` });
      }
      const el = await mount(feed, 320, 640);
      el.setAttribute('lang', lang);
      await waitUntil(() => el.shadowRoot!.querySelector('.root')!.getAttribute('dir') === (lang === 'ar' ? 'rtl' : 'ltr'));
      const strip = el.shadowRoot!.querySelector<HTMLElement>('.strip.weeks')!;
      const buttons = [...strip.querySelectorAll<HTMLButtonElement>('button')];
      expect(buttons.length).to.equal(14);
      expect(strip.scrollWidth, 'the strip scrolls (else this test shows nothing)').to.be.greaterThan(strip.clientWidth);
      // Into the strip with the keyboard (the ring is :focus-visible), then along it to its end.
      buttons[0].focus();
      await shiftTab();
      await sendKeys({ press: 'Tab' });
      for (const [index, button] of buttons.entries()) {
        if (index > 0) await sendKeys({ press: 'Tab' });
        expect(deepActive(), `button ${index + 1}`).to.equal(button);
        await settled(strip);
        const ring = ringOf(button);
        const clip = clipOf(strip);
        const where = `${lang}, week button ${index + 1}: ring ${ring.left.toFixed(1)}–${ring.right.toFixed(1)} × ${ring.top.toFixed(1)}–${ring.bottom.toFixed(1)}, clip ${clip.left.toFixed(1)}–${clip.right.toFixed(1)} × ${clip.top.toFixed(1)}–${clip.bottom.toFixed(1)}`;
        expect(ring.left, where).to.be.at.least(clip.left - 0.5);
        expect(ring.right, where).to.be.at.most(clip.right + 0.5);
        expect(ring.top, where).to.be.at.least(clip.top - 0.5);
        expect(ring.bottom, where).to.be.at.most(clip.bottom + 0.5);
      }
    });
  }

  it('Shift+Tab up a day keeps each focused row below its day’s sticky heading', async () => {
    const el = await mount(programme(2, 14), 800, 360);
    const day = el.shadowRoot!.querySelectorAll<HTMLElement>('.day')[1];
    const heading = day.querySelector<HTMLElement>(':scope > .heading')!;
    expect(getComputedStyle(heading).position).to.equal('sticky');
    const rows = [...day.querySelectorAll<HTMLElement>('[part~="session"]')];
    // Scroll the page so that row 10 of the second day sits just below the stuck heading.
    const start = rows[9];
    window.scrollBy(0, start.getBoundingClientRect().top - heading.getBoundingClientRect().height - 4);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(heading.getBoundingClientRect().top, 'the heading is stuck to the top').to.be.closeTo(0, 1);
    const first = start.querySelector<HTMLElement>('button')!;
    first.focus({ preventScroll: true });
    await sendKeys({ press: 'Tab' });
    await shiftTab();
    expect(deepActive()).to.equal(first);
    // Up through rows 9 … 3 (their star, then their title), each under the heading before it is focused.
    let steps = 0;
    for (let index = 8; index >= 2; index--) {
      const row = rows[index];
      // Engines scroll a focused control by different amounts (Firefox more than Chromium), so the
      // test itself puts each row hidden under the stuck heading before Shift+Tab reaches it.
      window.scrollBy(0, row.getBoundingClientRect().bottom - heading.getBoundingClientRect().bottom);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(row.getBoundingClientRect().bottom, `row ${index + 1} starts hidden under the heading`).to.be.at.most(
        heading.getBoundingClientRect().bottom + 1,
      );
      expect(heading.getBoundingClientRect().top, 'the heading is still stuck to the top').to.be.closeTo(0, 1);
      for (let press = 0; press < row.querySelectorAll('button').length; press++) {
        await shiftTab();
        steps++;
        await settled();
        const focused = deepActive() as HTMLElement;
        expect(row.contains(focused), `step ${steps}: focus is in row ${index + 1}`).to.equal(true);
        const stuck = heading.getBoundingClientRect();
        const box = focused.getBoundingClientRect();
        expect(box.top, `step ${steps}: row ${index + 1}'s ${focused.className || focused.localName} is under the heading`).to.be.at.least(stuck.bottom - 0.5);
        expect(box.bottom, `step ${steps}: below the window`).to.be.at.most(innerHeight + 0.5);
      }
    }
  });
});
