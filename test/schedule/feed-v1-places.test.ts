import { expect, fixture, fixtureCleanup, waitUntil } from '@open-wc/testing';
import '../../src/define/schedule.js';
import type { WsisSchedule } from '../../src/schedule/schedule.js';
import { captureCalendarDownload as download } from './capture-download.js';
import { parseIcs } from './parse-ics.js';
import { asFeed } from '../fixtures/as-feed.js';

/**
 * Feed v1 `locations[]` (sessions name them by id), `event.dayStart` and Markdown descriptions,
 * as the schedule's rows, day groups, grid, location filter, search and calendar export show them.
 */
const at = (date: string, time: string) => `${date}T${time}:00+01:00`;
const feed = () => ({
  version: 1,
  event: { id: 'places', name: 'Places Forum', timezone: 'Europe/Zurich', start: '2021-03-22', end: '2021-03-23', dayStart: '04:00' },
  // The order puts Zeta Hall before Alpha Room, against the alphabet.
  locations: [
    { id: 'alpha', name: 'Alpha Room', order: 2 },
    { id: 'zeta', name: 'Zeta Hall', order: 1 },
  ],
  sessions: [
    { id: 'evening', title: 'Evening Talk', start: at('2021-03-22', '20:00'), end: at('2021-03-22', '21:00'), location: 'alpha' },
    {
      id: 'night',
      title: 'Night Owls',
      start: at('2021-03-23', '01:30'),
      end: at('2021-03-23', '02:30'),
      location: 'zeta',
      description: 'Read **the report** at [our page](https://example.org/hidden-target).',
    },
    { id: 'morning', title: 'Morning Coffee', start: at('2021-03-23', '09:00'), end: at('2021-03-23', '10:00'), location: 'zeta' },
  ],
});

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector) as HTMLElement | null;
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const row = (el: Element, id: string) => $(el, `.list [part~="session"][data-id="${id}"]`);
const shownIds = (el: Element) =>
  $$(el, '.list [part~="session"]')
    .filter((r) => getComputedStyle(r).display !== 'none' && !r.closest('[hidden]'))
    .map((r) => r.dataset.id);

async function mount(attrs: Record<string, string> = {}, box?: HTMLElement): Promise<WsisSchedule> {
  const el = document.createElement('wsis-schedule');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.feed = asFeed(feed());
  if (box) {
    box.append(el);
    await fixture(box);
  } else await fixture(el);
  await waitUntil(() => $(el, '[part~="session"]'), 'sessions shown');
  await el.updateComplete;
  return el;
}

describe('<wsis-schedule> with feed v1 locations and dayStart', () => {
  afterEach(() => fixtureCleanup());

  it('shows the location name, never its id, in the rows', async () => {
    const el = await mount();
    expect(text(row(el, 'night'))).to.contain('Zeta Hall');
    expect(text(row(el, 'evening'))).to.contain('Alpha Room');
    expect(text(row(el, 'evening'))).not.to.match(/\balpha\b/);
  });

  it('groups a 01:30 session with the previous day when dayStart is 04:00 (event zone)', async () => {
    const el = await mount();
    const ids = (day: string) => $$(el, `[part~="day"][data-day="${day}"] [part~="session"]`).map((r) => r.dataset.id);
    expect(ids('2021-03-22')).to.deep.equal(['evening', 'night']);
    expect(ids('2021-03-23')).to.deep.equal(['morning']);
  });

  it('keeps calendar days in another zone (dayStart is the event zone\'s)', async () => {
    const el = await mount({ timezone: 'Europe/London' });
    // 01:30 in Zurich is 00:30 in London: the calendar day there, not the evening before.
    const ids = (day: string) => $$(el, `[part~="day"][data-day="${day}"] [part~="session"]`).map((r) => r.dataset.id);
    expect(ids('2021-03-22')).to.deep.equal(['evening']);
    expect(ids('2021-03-23')).to.deep.equal(['night', 'morning']);
  });

  it('offers location names in the location filter, and filters by them', async () => {
    const el = await mount();
    const select = $$(el, '.filters label').find((l) => text(l.querySelector('span')) === 'Location')!.querySelector('select')!;
    expect([...select.options].map((o) => o.textContent!.trim())).to.deep.equal(['All', 'Alpha Room', 'Zeta Hall']);
    el.location = 'Zeta Hall';
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['night', 'morning']);
    expect(text($(el, '.chip'))).to.contain('Location: Zeta Hall');
  });

  it('orders grid columns by the locations\' order and names them', async () => {
    const box = document.createElement('div');
    box.style.width = '1000px';
    const el = await mount({ view: 'grid' }, box);
    await waitUntil(() => $(el, '.grid .block'), 'the grid rendered');
    expect($$(el, '[part~="grid-column"]').map(text)).to.deep.equal(['Zeta Hall', 'Alpha Room']);
    // The night session is in the grid of the 22nd, with the evening one.
    expect($$(el, '.grid .block').map((b) => b.dataset.id).sort()).to.deep.equal(['evening', 'night']);
  });

  it('searches the description\'s text, not its link targets or markers', async () => {
    const el = await mount();
    el.query = 'hidden-target';
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal([]);
    el.query = 'the report at our page';
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['night']);
  });

  it('exports the location name and the description as plain text to the calendar', async () => {
    const el = await mount();
    el.openSession('night');
    await waitUntil(() => [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === 'Add to calendar'), 'details open');
    const file = await download(() => [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === 'Add to calendar')!.click());
    const event = parseIcs(file.text).children.find((c) => c.name === 'VEVENT')!;
    expect(event.props.get('LOCATION')?.value).to.equal('Zeta Hall');
    expect(event.props.get('DESCRIPTION')?.value).to.equal('Read the report at our page.');
  });

  it('shows the location name in the details', async () => {
    const el = await mount();
    el.openSession('evening');
    await waitUntil(() => $(el, '.facts'), 'details open');
    expect(text($(el, '.facts'))).to.contain('Alpha Room');
  });
});
