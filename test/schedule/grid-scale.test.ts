/**
 * The grid tells time honestly: blocks to scale, text clipped inside its block, the axis evenly
 * spaced and on one line each, and a session of years cut at its day's end (issues 19 and 17.4).
 */
import { expect, fixture, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { asFeed } from '../fixtures/as-feed.js';
import '../../src/define/schedule.js';
import { layoutDay } from '../../src/schedule/grid-layout.js';
import type { WsisSchedule } from '../../src/schedule/schedule.js';

const at = (time: string, day = '22') => `2021-03-${day}T${time}:00+01:00`;
const LONG_TITLE = 'Decentralizing Multistakeholder Cooperation for Resilient Digital Infrastructure in Least Developed Countries and Small Island States';

function feed(extra: object[] = []) {
  const sessions = [
    { id: 's20', title: 'TalkX: ' + LONG_TITLE, start: at('09:00'), end: at('09:20'), location: 'Room A' },
    { id: 's30', title: 'Half an Hour', start: at('09:30'), end: at('10:00'), location: 'Room A' },
    { id: 's60', title: LONG_TITLE, start: at('10:00'), end: at('11:00'), location: 'Room A' },
    { id: 's90', title: 'Opening Ceremony', start: at('09:00'), end: at('10:30'), location: 'Room B' },
    { id: 's120', title: 'Two Hours', start: at('11:00'), end: at('13:00'), location: 'Room B' },
    ...extra,
  ];
  return {
    version: 1,
    event: { id: 'scale', name: 'Scale Forum', timezone: 'Europe/Zurich', start: '2021-03-22', end: '2021-03-23' },
    sessionTypes: [{ id: 'talk', name: { en: 'Talk' } }],
    sessions: sessions.map((s) => ({ type: 'talk', format: 'in-person', languages: ['en'], ...s })),
  };
}

async function mount(data: unknown, width = 1000): Promise<WsisSchedule> {
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  const el = document.createElement('wsis-schedule');
  el.setAttribute('view', 'grid');
  el.setAttribute('timezone', 'Europe/Zurich');
  el.feed = asFeed(data);
  box.append(el);
  await fixture(box);
  await waitUntil(() => el.shadowRoot!.querySelector('.grid .block'), 'the grid rendered', { timeout: 10000 });
  await el.updateComplete;
  // Room columns are `content-visibility: auto`: WebKit decides they are on screen at the next
  // rendering update, and until then lays out none of their text (no boxes to measure).
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return el;
}

const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const block = (el: Element, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`.grid .block[data-id="${id}"]`)!;
const height = (el: Element, id: string) => block(el, id).getBoundingClientRect().height;

describe('<wsis-schedule view="grid"> to scale', () => {
  afterEach(() => fixtureCleanup());

  it('makes each block as tall as its duration, whatever its text (a 20-minute talk is not taller than a 90-minute ceremony)', async () => {
    const el = await mount(feed());
    const perMinute = height(el, 's30') / 30;
    expect(perMinute).to.be.greaterThan(1);
    for (const [id, minutes] of [
      ['s20', 20],
      ['s60', 60],
      ['s90', 90],
      ['s120', 120],
    ] as const) {
      expect(height(el, id), id).to.be.closeTo(minutes * perMinute, 2);
    }
    expect(height(el, 's20')).to.be.lessThan(height(el, 's90'));
  });

  it('clips text that does not fit inside its block; the whole title stays the accessible name', async () => {
    const el = await mount(feed());
    for (const id of ['s20', 's60']) {
      const box = block(el, id).getBoundingClientRect();
      const title = block(el, id).querySelector('.title')!.getBoundingClientRect();
      expect(title.bottom, id).to.be.at.most(box.bottom + 0.5);
      expect(title.right, id).to.be.at.most(box.right + 0.5);
      expect(block(el, id).querySelector('.open')!.textContent).to.contain(LONG_TITLE);
    }
  });

  it('spaces the time axis evenly, each label on one line, and breaks no word mid-word', async () => {
    const el = await mount(feed(), 1000);
    const ticks = $$(el, '.grid .tick').map((t) => t.getBoundingClientRect());
    expect(ticks.length).to.be.greaterThan(4);
    const steps = new Set(ticks.slice(1).map((t, i) => Math.round(t.top - ticks[i].top)));
    expect([...steps]).to.have.length(1);
    const lineHeight = parseFloat(getComputedStyle($$(el, '.grid .tick')[0]).lineHeight) || 20;
    for (const label of $$(el, '.grid .tick')) {
      const range = document.createRange();
      range.selectNodeContents(label);
      // One line: every glyph box sits on the first line's top.
      const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      expect(tops.size, label.textContent!).to.equal(1);
      expect(range.getBoundingClientRect().height).to.be.below(lineHeight * 1.5);
    }
    // "Decentralizing" (the first word of the 60-minute block's title) stays on one line.
    const title = block(el, 's60').querySelector('.title')!;
    const range = document.createRange();
    range.setStart(title.firstChild ?? title, 0);
    const textNode = [...title.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes('Decentralizing'))!;
    const offset = textNode.textContent!.indexOf('Decentralizing');
    range.setStart(textNode, offset);
    range.setEnd(textNode, offset + 'Decentralizing'.length);
    expect(new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size).to.equal(1);
  });

  it('keeps block text under the sticky time axis when scrolled sideways', async () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ id: `r${i}`, title: `Room ${i} talk`, start: at('09:00'), end: at('10:00'), location: `Room ${String.fromCharCode(67 + i)}` }));
    const el = await mount(feed(many), 700);
    const scroller = el.shadowRoot!.querySelector<HTMLElement>('.grid-scroll')!;
    scroller.scrollLeft = 300;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const tick = $$(el, '.grid .tick')[0].getBoundingClientRect();
    const x = tick.left + tick.width / 2;
    const y = tick.top + Math.min(tick.height, 20) / 2;
    const hit = el.shadowRoot!.elementFromPoint(x, y) as HTMLElement;
    expect(hit.closest('.tick'), hit.outerHTML.slice(0, 80)).to.not.equal(null);
  });

  it('cuts a session of ten years at the end of its day: the page keeps answering and the day\'s other sessions show', async () => {
    const decade = { id: 'decade', title: 'Ten Years', start: at('09:00'), end: '2031-03-22T09:00:00+01:00', location: 'Room C' };
    const started = performance.now();
    const el = await mount(feed([decade]));
    expect(performance.now() - started).to.be.below(5000);
    expect(block(el, 'decade')).to.not.equal(null);
    expect(block(el, 's30')).to.not.equal(null);
    // At most a day of half-hour rows, however long the session.
    expect($$(el, '.grid .tick').length).to.be.at.most(48);
    const perMinute = height(el, 's30') / 30;
    // From 09:00 to midnight: 15 hours.
    expect(height(el, 'decade')).to.be.closeTo(15 * 60 * perMinute, 2);
  });

  it('starts a day at its earliest session: no empty hours above a session at 01:00', () => {
    const one = Date.parse('2021-03-22T01:00:00+01:00');
    const layout = layoutDay(
      [
        { id: 'early', start: one, end: one + 30 * 60000, column: '' },
        { id: 'late', start: one + 10 * 3600000, end: one + 11 * 3600000, column: '' },
      ],
      'Europe/Zurich',
      new Map(),
    );
    expect(layout.ticks[0].at).to.equal(one);
    expect(layout.blocks.find((b) => b.id === 'early')!.rowStart).to.equal(2);
    expect(layout.rows).to.equal(22);
  });

  it('layoutDay cuts every session at the next midnight of the shown zone, across a DST change', () => {
    const start = Date.parse('2021-03-27T22:00:00+01:00');
    const layout = layoutDay([{ id: 'x', start, end: start + 3650 * 86400000, column: '' }], 'Europe/Zurich', new Map());
    // 22:00 to midnight: two hours, four half-hour rows.
    expect(layout.rows).to.equal(4);
    const dst = Date.parse('2021-03-28T20:00:00+02:00');
    // 28 March 2021 in Zurich has 23 hours; midnight after 20:00 CEST is four hours on.
    expect(layoutDay([{ id: 'y', start: dst, end: dst + 86400000 * 400, column: '' }], 'Europe/Zurich', new Map()).rows).to.equal(8);
  });
});
