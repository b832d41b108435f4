import { expect, fixture, fixtureCleanup, oneEvent, waitUntil } from '@open-wc/testing';
import { asFeed } from '../fixtures/as-feed.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/schedule.js';
import type { WsisSchedule } from '../../src/schedule/schedule.js';
import { gridFeed } from './grid-feed.js';
import { scheduleFeed } from './schedule-feed.js';

/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector) as HTMLElement | null;
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const mineButton = (el: Element) => $$(el, '[part~="my-schedule"] button').find((b) => b.hasAttribute('aria-pressed'))!;

async function mount(attrs: Record<string, string>, feed: unknown, width = 1000): Promise<WsisSchedule> {
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  const el = document.createElement('wsis-schedule');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.feed = asFeed(feed);
  box.append(el);
  await fixture(box);
  await waitUntil(() => $(el, '[part~="session"] .star'), 'stars on the sessions', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** Focuses a control and presses Enter on it, as a keyboard user does. */
async function press(control: HTMLElement): Promise<void> {
  control.focus();
  expect(deepActive()).to.equal(control);
  await sendKeys({ press: 'Enter' });
}

async function focusSettles(expected: () => Element | null | undefined, what: string): Promise<void> {
  await waitUntil(() => expected() && deepActive() === expected(), `focus on ${what}`, { timeout: 2000 });
  expect(deepActive()).to.not.equal(document.body);
}

describe('focus never falls to <body> (the shared rule, src/internal/focus.ts)', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    fixtureCleanup();
    localStorage.clear();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('removing the last filter chip puts focus in the search box; another chip takes the place of a removed one', async () => {
    const el = await mount({ track: 'youth', type: 'workshop' }, scheduleFeed());
    let chips = $$(el, '.chips .chip');
    expect(chips).to.have.length(2);
    await press(chips[1]);
    await focusSettles(() => $(el, '.chips .chip'), 'the remaining chip');
    chips = $$(el, '.chips .chip');
    expect(chips).to.have.length(1);
    await press(chips[0]);
    await focusSettles(() => $(el, 'input[type="search"]'), 'the search box');
    expect($(el, '.chips')).to.equal(null);
  });

  it('"Show my time" then "Show event time" leave focus on the switch that replaces them', async () => {
    const visitor = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const shown = visitor === 'Pacific/Auckland' ? 'America/Lima' : 'Pacific/Auckland';
    const el = await mount({ timezone: shown }, scheduleFeed());
    const mine = $$(el, '.zone-line button').find((b) => text(b) === 'Show my time')!;
    await press(mine);
    const other = () => $$(el, '.zone-line button').find((b) => text(b) === 'Show event time');
    if (visitor !== 'Europe/Zurich') {
      await focusSettles(other, '"Show event time"');
      await press(other()!);
      await focusSettles(() => $$(el, '.zone-line button').find((b) => text(b) === 'Show my time'), '"Show my time"');
    } else {
      await focusSettles(() => $(el, '.zone-picker summary'), 'the zone picker');
    }
  });

  it('un-starring under "My schedule" moves focus to the next star, then the previous, then the toggle (list)', async () => {
    const el = await mount({}, gridFeed());
    const star = (id: string) => $(el, `.list [data-id="${id}"] > .star`);
    for (const id of ['long', 'b1', 'after']) {
      star(id)!.click();
      await el.updateComplete;
    }
    mineButton(el).click();
    await el.updateComplete;
    // In the order shown: long, b1 (both 09:00), after (10:30).
    await press(star('b1')!);
    await focusSettles(() => star('after'), 'the next session\'s star');
    await press(star('after')!);
    await focusSettles(() => star('long'), 'the previous session\'s star');
    await press(star('long')!);
    await focusSettles(() => mineButton(el), 'the "My schedule" toggle');
  });

  it('un-starring under "My schedule" in the grid moves focus to a neighbour\'s star', async () => {
    const el = await mount({ view: 'grid' }, gridFeed());
    await waitUntil(() => $(el, '.grid .block .star'), 'the grid');
    const star = (id: string) => $(el, `.grid .block[data-id="${id}"] .star`);
    for (const id of ['long', 'after']) {
      star(id)!.click();
      await el.updateComplete;
    }
    mineButton(el).click();
    await waitUntil(() => !star('b1'), 'only starred blocks');
    await press(star('long')!);
    await focusSettles(() => star('after'), 'the next block\'s star');
    await press(star('after')!);
    await focusSettles(() => mineButton(el), 'the "My schedule" toggle');
  });

  it('Previous/Next in the details: at the first or last session focus goes to the other button', async () => {
    const el = await mount({}, gridFeed());
    // Sorted: b1, long, side, b2, after, tomorrow.
    ($(el, '.list [data-id="after"] button.open') as HTMLElement).click();
    await waitUntil(() => ($(el, 'dialog') as HTMLDialogElement | null)?.open, 'the details opened');
    const dialog = $(el, 'dialog')!;
    const selected = oneEvent(el, 'wsis-session-select');
    await press(dialog.querySelector('.next') as HTMLElement);
    expect((await selected).detail.id).to.equal('tomorrow');
    await focusSettles(() => dialog.querySelector('.prev'), 'Previous');
    expect(dialog.querySelector('.next')).to.equal(null);
  });
});

describe('focus after Retry (src/internal/wsis-element.ts)', () => {
  afterEach(() => fixtureCleanup());

  it('stays in the element: on Retry again when the feed fails again', async () => {
    const el = document.createElement('wsis-schedule') as WsisSchedule;
    const failed = oneEvent(el, 'wsis-error');
    el.src = '/test-api/status/404';
    await fixture(el);
    await failed;
    await el.updateComplete;
    const again = oneEvent(el, 'wsis-error');
    await press($(el, '[part="retry"]')!);
    await again;
    await focusSettles(() => $(el, '[part="retry"]') ?? $(el, '[part="root"]'), 'Retry or the element');
  });
});
