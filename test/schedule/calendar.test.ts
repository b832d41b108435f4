import { expect, fixture, fixtureCleanup, waitUntil } from '@open-wc/testing';
import '../../src/define/schedule.js';
import type { WsisSchedule } from '../../src/schedule/schedule.js';
import { captureCalendarDownload as download } from './capture-download.js';
import { gridFeed } from './grid-feed.js';
import { parseIcs as parse, type Component } from './parse-ics.js';
import { asFeed } from '../fixtures/as-feed.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector) as HTMLElement | null;
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const star = (el: Element, id: string) => $(el, `.list [part~="session"][data-id="${id}"] > .star`)!;
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const button = (el: Element, label: string) => $$(el, 'button').find((b) => text(b) === label);

async function mount(attrs: Record<string, string> = {}, feed: unknown = gridFeed()): Promise<WsisSchedule> {
  const el = document.createElement('wsis-schedule');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.feed = asFeed(feed);
  await fixture(el);
  await waitUntil(() => $(el, '.list [part~="session"] > .star'), 'stars on the rows');
  await el.updateComplete;
  return el;
}

const events = (calendar: Component) => calendar.children.filter((c) => c.name === 'VEVENT');
const prop = (component: Component, name: string) => component.props.get(name)?.value;

describe('<wsis-schedule> calendar exports', () => {
  const originalHash = location.hash;
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    fixtureCleanup();
    localStorage.clear();
    history.replaceState(null, '', `${location.pathname}${location.search}${originalHash}`);
  });

  it('"Add my schedule to calendar": one .ics with every starred session, in the event zone', async () => {
    const el = await mount({ timezone: 'Pacific/Auckland' });
    expect(button(el, 'Add my schedule to calendar')).to.equal(undefined);
    for (const id of ['tomorrow', 'long', 'b2']) star(el, id).click();
    await el.updateComplete;
    const file = await download(() => button(el, 'Add my schedule to calendar')!.click());
    expect(file.name).to.equal('grid-test-my-schedule.ics');
    const calendar = parse(file.text);
    expect(calendar.name).to.equal('VCALENDAR');
    expect(prop(calendar, 'VERSION')).to.equal('2.0');
    const zones = calendar.children.filter((c) => c.name === 'VTIMEZONE');
    expect(zones.map((z) => prop(z, 'TZID'))).to.deep.equal(['Europe/Zurich']);
    const list = events(calendar);
    expect(list.map((e) => prop(e, 'SUMMARY'))).to.have.members(['Tomorrow Morning', 'Ninety Minutes', 'Room B Second']);
    const long = list.find((e) => prop(e, 'SUMMARY') === 'Ninety Minutes')!;
    expect(long.props.get('DTSTART')).to.deep.equal({ params: { TZID: 'Europe/Zurich' }, value: '20210322T090000' });
    expect(long.props.get('DTEND')).to.deep.equal({ params: { TZID: 'Europe/Zurich' }, value: '20210322T103000' });
    expect(prop(long, 'UID')).to.equal('long@grid-test.wsis-widgets');
    expect(prop(long, 'LOCATION')).to.equal('Room A');
    expect(new Set(list.map((e) => prop(e, 'UID'))).size).to.equal(3);
  });

  it('keeps UIDs stable: the same as the single-session export and across a feed update', async () => {
    const el = await mount();
    star(el, 'long').click();
    await el.updateComplete;
    const first = parse((await download(() => button(el, 'Add my schedule to calendar')!.click())).text);
    const changed = gridFeed();
    changed.sessions[0].title = 'Ninety Minutes (moved)';
    el.feed = asFeed(changed);
    await waitUntil(() => text($(el, '.list [data-id="long"] [part~="session-title"]')) === 'Ninety Minutes (moved)', 'refreshed');
    const second = parse((await download(() => button(el, 'Add my schedule to calendar')!.click())).text);
    expect(prop(events(second)[0], 'UID')).to.equal(prop(events(first)[0], 'UID'));
    expect(prop(events(second)[0], 'SUMMARY')).to.equal('Ninety Minutes (moved)');
    // The details' "Add to calendar" of the same session: same UID, so calendars update one entry.
    el.openSession('long');
    await waitUntil(() => ($(el, 'dialog') as HTMLDialogElement | null)?.open, 'the details opened');
    const single = parse((await download(() => ($(el, 'dialog .actions .button') as HTMLButtonElement).click())).text);
    expect(prop(events(single)[0], 'UID')).to.equal(prop(events(first)[0], 'UID'));
  });

  it('leaves out starred sessions no longer in the feed', async () => {
    const el = await mount();
    star(el, 'long').click();
    star(el, 'b1').click();
    el.feed = asFeed(gridFeed({ without: ['b1'] }));
    await waitUntil(() => !$(el, '.list [data-id="b1"]'), 'refreshed');
    await el.updateComplete;
    const calendar = parse((await download(() => button(el, 'Add my schedule to calendar')!.click())).text);
    expect(events(calendar).map((e) => prop(e, 'UID'))).to.deep.equal(['long@grid-test.wsis-widgets']);
  });

  it('"Add the filtered sessions to calendar" exports what the filters show', async () => {
    const el = await mount({ track: 'youth' });
    const file = await download(() => button(el, 'Add the filtered sessions to calendar')!.click());
    expect(file.name).to.equal('grid-test-sessions.ics');
    expect(events(parse(file.text)).map((e) => prop(e, 'SUMMARY'))).to.deep.equal(['Ninety Minutes', 'Right After']);
    el.removeAttribute('track');
    await el.updateComplete;
    await el.updateComplete;
    const all = await download(() => button(el, 'Add all sessions to calendar')!.click());
    expect(events(parse(all.text))).to.have.length(6);
  });
});
