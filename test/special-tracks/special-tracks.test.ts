import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { SPACE, localNumber, setReducedMotion } from '../support/engine.js';
import '../../src/define/special-tracks.js';
import type { WsisTrackSelectEvent } from '../../src/events/track-select.js';
import type { WsisSpecialTracks } from '../../src/special-tracks/special-tracks.js';
import { tracksFeed } from './tracks-feed.js';
import { asFeed } from '../fixtures/as-feed.js';

/** A stand-in for <wsis-schedule>: the link only needs an element with an id and a `track` attribute. */
class FakeSchedule extends HTMLElement {}
if (!customElements.get('test-fake-schedule')) customElements.define('test-fake-schedule', FakeSchedule);

const shadow = (el: Element) => el.shadowRoot!;
const all = (el: Element, selector: string) => [...shadow(el).querySelectorAll<HTMLElement>(selector)];
const one = (el: Element, selector: string) => shadow(el).querySelector<HTMLElement>(selector);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const openAllDetails = (el: Element) => shadow(el).querySelectorAll('details').forEach((d) => (d.open = true));
const card = (el: Element, id: string) => one(el, `[part~="track"][data-id="${id}"]`)!;
const ids = (el: Element) => all(el, '[part~="track"]').map((node) => node.dataset.id);
const sessionIds = (root: Element | null) =>
  [...(root?.querySelectorAll<HTMLElement>('[part~="session"]') ?? [])].map((node) => node.dataset.id);

/** Renders the element with a feed object and waits until it shows tracks (or the empty state). */
async function withFeed(el: WsisSpecialTracks, feed: unknown = tracksFeed()): Promise<WsisSpecialTracks> {
  el.feed = asFeed(feed);
  await waitUntil(() => one(el, '[part~="track"], [part~="empty"]'), 'the element did not render the feed');
  await el.updateComplete;
  return el;
}

async function tracks(template: ReturnType<typeof html>): Promise<WsisSpecialTracks> {
  return withFeed(await fixture<WsisSpecialTracks>(template));
}

let demoFeed: unknown;

before(async () => {
  demoFeed = await (await fetch('/demo/feeds/wsis-forum-2021.json')).json();
});

describe('<wsis-special-tracks>', () => {
  describe('track cards', () => {
    it('lists the tracks as cards in feed order, each a part "track" with its id', async () => {
      const el = await tracks(html`<wsis-special-tracks></wsis-special-tracks>`);
      expect(ids(el)).to.deep.equal(['ageing', 'indigenous', 'security', 'plain']);
      expect(all(el, 'h2').map(text)).to.deep.equal([
        'ICTs and Older Persons',
        'ICTs and Indigenous Peoples',
        'Cybersecurity',
        'Plain track',
      ]);
    });

    it('shows the status as a word, the description paragraphs and the years it runs', async () => {
      const el = await tracks(html`<wsis-special-tracks></wsis-special-tracks>`);
      const ageing = card(el, 'ageing');
      expect(text(ageing.querySelector('[part~="track-status"]'))).to.equal('Status: Continuing');
      expect(text(card(el, 'indigenous').querySelector('[part~="track-status"]'))).to.equal('Status: New');
      expect(text(card(el, 'security').querySelector('[part~="track-status"]'))).to.equal('Status: Concluded');
      expect(card(el, 'plain').querySelector('[part~="track-status"]')).to.equal(null);
      expect([...ageing.querySelectorAll('[part~="track-description"] p')].map(text)).to.deep.equal([
        'First paragraph.',
        'Second paragraph.',
      ]);
      expect(text(ageing.querySelector('[part~="track-editions"]'))).to.equal('Editions: 2021 and 2022');
      expect(text(card(el, 'security').querySelector('[part~="track-editions"]'))).to.equal(
        'Editions: 2019, 2020, and 2021',
      );
      expect(card(el, 'plain').querySelector('[part~="track-editions"]')).to.equal(null);
    });

    it('formats years without digit grouping, even in a language that groups four digits', async () => {
      // English would write 2021 as "2,021" and Swiss French as "2 021" if grouping were on.
      expect(new Intl.NumberFormat('fr-CH').format(2021)).not.to.equal('2021');
      const el = await tracks(html`<wsis-special-tracks lang="fr-CH"></wsis-special-tracks>`);
      await waitUntil(() => text(card(el, 'ageing').querySelector('[part~="track-editions"]')).startsWith('Éditions'));
      expect(text(card(el, 'ageing').querySelector('[part~="track-editions"]'))).to.equal('Éditions : 2021 et 2022');
    });

    it('counts each track’s sessions in the feed, with the plural of the language', async () => {
      const el = await tracks(html`<wsis-special-tracks></wsis-special-tracks>`);
      const count = (id: string) => text(card(el, id).querySelector('[part~="track-count"]'));
      expect(count('ageing')).to.equal('3 sessions in the programme');
      expect(count('security')).to.equal('2 sessions in the programme');
      expect(count('indigenous')).to.equal('No sessions in the programme yet');

      const feed = tracksFeed();
      feed.sessions = feed.sessions.filter((session) => session.id === 'later');
      await withFeed(el, feed);
      expect(count('ageing')).to.equal('1 session in the programme');
    });

    it('uses Russian plural forms for the count', async () => {
      const el = await fixture<WsisSpecialTracks>(html`<wsis-special-tracks lang="ru"></wsis-special-tracks>`);
      await withFeed(el);
      await waitUntil(() => text(card(el, 'ageing').querySelector('[part~="track-count"]')).includes('сесси'));
      expect(text(card(el, 'ageing').querySelector('[part~="track-count"]'))).to.equal('3 сессии в программе');
      expect(text(card(el, 'ageing').querySelector('[part~="track-status"]'))).to.contain('Продолжается');
    });

    it('puts the track colour on its card as a stripe, and ignores a colour that is not #rrggbb', async () => {
      const el = await tracks(html`<wsis-special-tracks></wsis-special-tracks>`);
      const ageing = card(el, 'ageing');
      // From the shared sheet of one class per colour (sessions/track-colors.ts), not an inline style.
      expect(getComputedStyle(ageing).getPropertyValue('--_track-color').trim()).to.equal('#9a4a00');
      expect(ageing.style.length).to.equal(0);
      expect(getComputedStyle(ageing, '::before').backgroundColor).to.equal('rgb(154, 74, 0)');
      const security = card(el, 'security');
      expect(getComputedStyle(security).getPropertyValue('--_track-color')).to.equal('');
      // Falls back to the accent colour.
      expect(getComputedStyle(security, '::before').backgroundColor).to.equal('rgb(11, 92, 171)');
    });

    it('links to the track page and never renders an unsafe URL', async () => {
      const el = await tracks(html`<wsis-special-tracks></wsis-special-tracks>`);
      const link = card(el, 'ageing').querySelector<HTMLAnchorElement>('[part~="track-link"]')!;
      expect(link.href).to.equal('https://example.org/tracks/ageing');
      expect(text(link)).to.equal('About this track (ICTs and Older Persons)');

      const feed = tracksFeed();
      (feed.tracks as object[])[1] = { ...feed.tracks[1], url: 'javascript:alert(1)' };
      await withFeed(el, feed);
      expect(card(el, 'indigenous').querySelector('[part~="track-link"]')).to.equal(null);
      expect(all(el, 'a').every((a) => /^https?:/.test((a as HTMLAnchorElement).href))).to.equal(true);
    });

    it('puts the track headings at heading-level', async () => {
      const el = await tracks(html`<wsis-special-tracks heading-level="4" sessions now="2021-03-21T00:00:00Z"></wsis-special-tracks>`);
      expect(all(el, 'h4')).to.have.length(4);
      expect(text(card(el, 'ageing').querySelector('h5'))).to.equal('Upcoming sessions');
    });

    it('renders the demo feed’s tracks, with the 2022 ones and the new Indigenous Peoples track', async () => {
      const el = await fixture<WsisSpecialTracks>(html`<wsis-special-tracks></wsis-special-tracks>`);
      await withFeed(el, demoFeed);
      expect(ids(el)).to.deep.equal([
        'older-persons',
        'youth',
        'gender-mainstreaming',
        'accessibility',
        'cybersecurity',
        'well-being',
        'emerging-technologies',
        'indigenous-peoples',
      ]);
      const indigenous = card(el, 'indigenous-peoples');
      expect(text(indigenous.querySelector('h2'))).to.equal('ICTs and Indigenous Peoples');
      expect(text(indigenous.querySelector('[part~="track-status"]'))).to.contain('New');
      expect(text(indigenous.querySelector('[part~="track-editions"]'))).to.equal('Editions: 2022');
      expect(text(card(el, 'youth').querySelector('[part~="track-editions"]'))).to.equal('Editions: 2021 and 2022');
      expect(text(card(el, 'older-persons').querySelector('[part~="track-count"]'))).to.equal(
        '4 sessions in the programme',
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('filters', () => {
    it('shows one track with `track`', async () => {
      const el = await tracks(html`<wsis-special-tracks track="security"></wsis-special-tracks>`);
      expect(ids(el)).to.deep.equal(['security']);
      el.track = 'plain, ageing';
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['ageing', 'plain']);
    });

    it('shows the tracks of a status with `status`', async () => {
      const el = await tracks(html`<wsis-special-tracks status="new"></wsis-special-tracks>`);
      expect(ids(el)).to.deep.equal(['indigenous']);
      el.setAttribute('status', 'continuing,concluded');
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['ageing', 'security']);
      // An unknown word matches nothing (a typo must not silently show every track).
      el.setAttribute('status', 'ended');
      await el.updateComplete;
      expect(ids(el)).to.deep.equal([]);
      expect(one(el, '[part~="empty"]')).to.exist;
    });

    it('combines `track` and `status`, and offers a way back from an empty selection', async () => {
      const el = await tracks(html`<wsis-special-tracks track="ageing" status="new"></wsis-special-tracks>`);
      expect(ids(el)).to.deep.equal([]);
      const empty = one(el, '[part~="empty"]')!;
      expect(empty.getAttribute('role')).to.equal('status');
      expect(text(empty)).to.contain('No special track matches this selection.');
      await expect(el).to.be.accessible();
      empty.querySelector('button')!.click();
      await el.updateComplete;
      expect(el.hasAttribute('track')).to.equal(false);
      expect(el.hasAttribute('status')).to.equal(false);
      expect(ids(el)).to.deep.equal(['ageing', 'indigenous', 'security', 'plain']);
      // Focus does not fall back to the page: it lands on the list that replaced the button.
      await waitUntil(() => shadow(el).activeElement === one(el, '[part~="tracks"]'), 'focus was lost');
    });

    it('says so when the feed has no tracks at all', async () => {
      const el = await fixture<WsisSpecialTracks>(html`<wsis-special-tracks></wsis-special-tracks>`);
      await withFeed(el, { ...tracksFeed(), tracks: [] });
      expect(text(one(el, '[part~="empty"]'))).to.equal('There are no special tracks in this programme.');
      expect(one(el, '[part~="empty"] button')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('sessions', () => {
    it('lists no sessions without the `sessions` attribute', async () => {
      const el = await tracks(html`<wsis-special-tracks now="2021-03-21T00:00:00Z"></wsis-special-tracks>`);
      expect(all(el, '[part~="session"]')).to.have.length(0);
    });

    it('lists upcoming sessions under each track, then past ones behind a closed disclosure', async () => {
      const el = await tracks(
        html`<wsis-special-tracks sessions now="2021-03-21T12:00:00+01:00" timezone="Europe/Zurich"></wsis-special-tracks>`,
      );
      const ageing = card(el, 'ageing');
      const upcoming = ageing.querySelector('.track-sessions > .days');
      expect(sessionIds(upcoming)).to.deep.equal(['late-night', 'later']);
      const past = ageing.querySelector<HTMLDetailsElement>('details[part~="past-sessions"]')!;
      expect(past.open).to.equal(false);
      expect(text(past.querySelector('summary'))).to.equal('Past sessions (1)');
      expect(sessionIds(past)).to.deep.equal(['early']);
      // A track without sessions lists none; the cancelled session says so.
      expect(card(el, 'indigenous').querySelector('[part~="track-sessions"]')).to.equal(null);
      const cancelled = card(el, 'security').querySelector('[part~="session"][data-id="dropped"]')!;
      expect(text(cancelled)).to.contain('Cancelled');
      // The schedule's row: title and time parts, grouped by day.
      const row = ageing.querySelector('[part~="session"][data-id="later"]')!;
      expect(text(row.querySelector('[part~="session-title"]'))).to.equal('Later session');
      expect(row.closest('[part~="day"]')!.getAttribute('data-day')).to.equal('2021-03-24');
    });

    it('moves sessions from upcoming to past as `now` passes their end', async () => {
      const el = await tracks(html`<wsis-special-tracks sessions now="2021-03-19T00:00:00Z"></wsis-special-tracks>`);
      const ageing = () => card(el, 'ageing');
      expect(sessionIds(ageing().querySelector('.track-sessions > .days'))).to.deep.equal([
        'early',
        'late-night',
        'later',
      ]);
      expect(ageing().querySelector('details')).to.equal(null);

      // A running session (started, not ended) is still upcoming.
      el.now = '2021-03-24T10:30:00+01:00';
      await el.updateComplete;
      expect(sessionIds(ageing().querySelector('.track-sessions > .days'))).to.deep.equal(['later']);
      expect(sessionIds(ageing().querySelector('details'))).to.deep.equal(['early', 'late-night']);
      const running = ageing().querySelector('[part~="session"][data-id="later"]')!;
      expect(running.getAttribute('part')).to.contain('session-live');
      expect(text(running)).to.contain('Live now');

      el.now = '2021-04-01T00:00:00Z';
      await el.updateComplete;
      expect(text(ageing().querySelector('.track-sessions .none'))).to.equal('No upcoming sessions.');
      expect(sessionIds(ageing().querySelector('details'))).to.deep.equal(['early', 'late-night', 'later']);
    });

    it('uses the real clock without `now`, and re-renders when a session ends', async () => {
      const feed = tracksFeed();
      const soon = Date.now() + 400;
      feed.sessions = [
        {
          id: 'ending',
          title: 'Ending soon',
          tracks: ['ageing'],
          start: new Date(soon - 3600000).toISOString(),
          end: new Date(soon).toISOString(),
        },
      ];
      const el = await fixture<WsisSpecialTracks>(html`<wsis-special-tracks sessions></wsis-special-tracks>`);
      await withFeed(el, feed);
      expect(sessionIds(card(el, 'ageing').querySelector('.track-sessions > .days'))).to.deep.equal(['ending']);
      await waitUntil(() => card(el, 'ageing').querySelector('details'), 'the session did not move to past', {
        timeout: 3000,
      });
      expect(sessionIds(card(el, 'ageing').querySelector('details'))).to.deep.equal(['ending']);
    });

    it('keeps no timer while off the page, and catches up when it comes back', async () => {
      const feed = tracksFeed();
      const soon = Date.now() + 300;
      feed.sessions = [
        {
          id: 'ending',
          title: 'Ending soon',
          tracks: ['ageing'],
          start: new Date(soon - 3600000).toISOString(),
          end: new Date(soon).toISOString(),
        },
      ];
      const el = await fixture<WsisSpecialTracks>(html`<wsis-special-tracks sessions></wsis-special-tracks>`);
      await withFeed(el, feed);
      const parent = el.parentElement!;
      let updates = 0;
      const original = el.requestUpdate.bind(el);
      el.requestUpdate = (...args: Parameters<typeof el.requestUpdate>) => {
        updates += 1;
        return original(...args);
      };
      el.remove();
      await aTimeout(500);
      expect(updates, 'updates while detached').to.equal(0);
      expect(card(el, 'ageing').querySelector('details')).to.equal(null);
      parent.append(el);
      await waitUntil(() => card(el, 'ageing').querySelector('details'), 'did not catch up on reconnect');
    });

    it('shows a session’s day and time in the chosen zone: Zurich and Auckland differ', async () => {
      const el = await tracks(
        html`<wsis-special-tracks lang="en-GB" sessions now="2021-03-21T00:00:00Z" timezone="Europe/Zurich"></wsis-special-tracks>`,
      );
      const row = () => card(el, 'ageing').querySelector('[part~="session"][data-id="late-night"]')!;
      const day = () => row().closest<HTMLElement>('[part~="day"]')!;
      const time = () => row().querySelector('[part~="session-time"]')!;
      expect(day().dataset.day).to.equal('2021-03-22');
      expect(text(day().querySelector('.day-label'))).to.equal('Mon, 22 Mar 2021');
      expect(text(time())).to.match(/23:30\s?–.*00:30 CET$/);
      expect(time().getAttribute('datetime')).to.equal('2021-03-22T23:30:00+01:00');

      el.timezone = 'Pacific/Auckland';
      await el.updateComplete;
      expect(day().dataset.day).to.equal('2021-03-23');
      expect(text(day().querySelector('.day-label'))).to.equal('Tue, 23 Mar 2021');
      expect(text(time())).to.match(/^11:30\s?–\s?12:30 /);
      // Same instant, one list: the session keeps its order among the track's sessions.
      expect(sessionIds(card(el, 'ageing').querySelector('.track-sessions > .days'))).to.deep.equal([
        'late-night',
        'later',
      ]);
    });

    it('uses the event’s zone by default and for an unknown zone name', async () => {
      const el = await tracks(
        html`<wsis-special-tracks lang="en-GB" sessions now="2021-03-21T00:00:00Z"></wsis-special-tracks>`,
      );
      const time = () => text(card(el, 'ageing').querySelector('[data-id="later"] [part~="session-time"]'));
      expect(time()).to.match(/^10:00\s?–\s?11:00 CET$/);
      el.timezone = 'Mars/Olympus_Mons';
      await el.updateComplete;
      expect(time()).to.match(/^10:00\s?–\s?11:00 CET$/);
      el.timezone = 'America/New_York';
      await el.updateComplete;
      expect(time()).to.match(/^05:00\s?–\s?06:00 /);
    });
  });

  describe('“See in the programme”', () => {
    it('fires wsis-track-select with the track id, bubbling out of the shadow root', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><wsis-special-tracks></wsis-special-tracks></div>`);
      const el = await withFeed(wrapper.querySelector('wsis-special-tracks')!);
      const button = card(el, 'ageing').querySelector<HTMLButtonElement>('[part~="track-select"]')!;
      expect(text(button)).to.equal('See in the programme (ICTs and Older Persons)');
      setTimeout(() => button.click());
      const event = (await oneEvent(wrapper, 'wsis-track-select')) as WsisTrackSelectEvent;
      expect(event.detail).to.deep.equal({ id: 'ageing' });
      expect(event.composed).to.equal(true);
      // A track without sessions has nothing to see in the programme.
      expect(card(el, 'indigenous').querySelector('[part~="track-select"]')).to.equal(null);
    });

    it('sets the track of the schedule named by `schedule` and scrolls it into view', async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <wsis-special-tracks schedule="programme"></wsis-special-tracks>
        <div style="block-size: 3000px"></div>
        <test-fake-schedule id="programme">Programme</test-fake-schedule>
      </div>`);
      const el = await withFeed(page.querySelector('wsis-special-tracks')!);
      const schedule = page.querySelector('test-fake-schedule')!;
      expect(schedule.getBoundingClientRect().top).to.be.greaterThan(window.innerHeight);
      card(el, 'security').querySelector<HTMLButtonElement>('[part~="track-select"]')!.click();
      expect(schedule.getAttribute('track')).to.equal('security');
      // Smooth: not there yet in the same task.
      expect(schedule.getBoundingClientRect().top).to.be.greaterThan(window.innerHeight);
      await waitUntil(() => schedule.getBoundingClientRect().top < window.innerHeight, 'not scrolled into view');
      // Said once, politely, through the element's live region.
      await waitUntil(() => text(one(el, '[role="status"][aria-live="polite"]')) !== '', 'nothing announced');
      expect(text(one(el, '[role="status"][aria-live="polite"]'))).to.equal(
        'The programme now shows the track “Cybersecurity”.',
      );
      window.scrollTo(0, 0);
    });

    it('jumps without smooth scrolling when the visitor prefers reduced motion', async () => {
      await setReducedMotion('reduce');
      try {
        const page = await fixture<HTMLDivElement>(html`<div>
          <wsis-special-tracks schedule="programme"></wsis-special-tracks>
          <div style="block-size: 3000px"></div>
          <test-fake-schedule id="programme">Programme</test-fake-schedule>
        </div>`);
        const el = await withFeed(page.querySelector('wsis-special-tracks')!);
        const schedule = page.querySelector('test-fake-schedule')!;
        card(el, 'ageing').querySelector<HTMLButtonElement>('[part~="track-select"]')!.click();
        // No animation: the schedule is in view at once.
        expect(schedule.getBoundingClientRect().top).to.be.lessThan(window.innerHeight);
        window.scrollTo(0, 0);
      } finally {
        await setReducedMotion('no-preference');
      }
    });

    it('finds the schedule inside the same shadow root', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const root = host.attachShadow({ mode: 'open' });
      const el = document.createElement('wsis-special-tracks');
      el.setAttribute('schedule', 'inner');
      const schedule = document.createElement('test-fake-schedule');
      schedule.id = 'inner';
      root.append(el, schedule);
      await withFeed(el);
      card(el, 'ageing').querySelector<HTMLButtonElement>('[part~="track-select"]')!.click();
      expect(schedule.getAttribute('track')).to.equal('ageing');
    });

    it('leaves the schedule alone when a listener cancels the event', async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <wsis-special-tracks schedule="programme"></wsis-special-tracks>
        <test-fake-schedule id="programme"></test-fake-schedule>
      </div>`);
      page.addEventListener('wsis-track-select', (event) => event.preventDefault());
      const el = await withFeed(page.querySelector('wsis-special-tracks')!);
      card(el, 'ageing').querySelector<HTMLButtonElement>('[part~="track-select"]')!.click();
      expect(page.querySelector('test-fake-schedule')!.hasAttribute('track')).to.equal(false);
    });

    it('does nothing more when the named schedule is not on the page', async () => {
      const el = await tracks(html`<wsis-special-tracks schedule="missing"></wsis-special-tracks>`);
      const fired = oneEvent(el, 'wsis-track-select');
      card(el, 'ageing').querySelector<HTMLButtonElement>('[part~="track-select"]')!.click();
      expect((await fired).detail.id).to.equal('ageing');
    });
  });

  describe('keyboard', () => {
    it('reaches the button with Tab and activates it with Enter', async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <button id="before">before</button>
        <wsis-special-tracks schedule="programme"></wsis-special-tracks>
        <test-fake-schedule id="programme"></test-fake-schedule>
      </div>`);
      const el = await withFeed(page.querySelector('wsis-special-tracks')!);
      page.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      const first = card(el, 'ageing').querySelector('[part~="track-select"]');
      expect(shadow(el).activeElement).to.equal(first);
      expect(getComputedStyle(first!).outlineStyle).to.equal('solid');
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(card(el, 'ageing').querySelector('[part~="track-link"]'));
      await sendKeys({ press: 'Tab' });
      // The Indigenous Peoples card has neither button nor link: next stop is Cybersecurity.
      expect(shadow(el).activeElement).to.equal(card(el, 'security').querySelector('[part~="track-select"]'));
      const fired = oneEvent(el, 'wsis-track-select');
      await sendKeys({ press: 'Enter' });
      expect((await fired).detail.id).to.equal('security');
      expect(page.querySelector('test-fake-schedule')!.getAttribute('track')).to.equal('security');
    });

    it('opens the past sessions with the keyboard', async () => {
      const el = await tracks(html`<wsis-special-tracks sessions now="2021-03-21T12:00:00+01:00"></wsis-special-tracks>`);
      const details = card(el, 'ageing').querySelector('details')!;
      details.querySelector('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(details.open).to.equal(true);
      await sendKeys({ press: SPACE });
      expect(details.open).to.equal(false);
    });
  });

  describe('states, themes and languages', () => {
    it('is accessible while loading', async () => {
      const el = await fixture<WsisSpecialTracks>(html`<wsis-special-tracks src="/test-api/slow-never"></wsis-special-tracks>`);
      expect(one(el, '[part~="loading"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('shows an accessible error with a retry when the feed cannot be read', async () => {
      const el = document.createElement('wsis-special-tracks');
      const failed = oneEvent(el, 'wsis-error');
      el.src = '/test-api/status/500';
      document.body.append(el);
      await failed;
      await el.updateComplete;
      expect(one(el, '[part~="error"]')!.getAttribute('role')).to.equal('alert');
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('is accessible with every track and session shown, past sessions open', async () => {
      const el = await tracks(html`<wsis-special-tracks sessions now="2021-03-21T12:00:00+01:00"></wsis-special-tracks>`);
      openAllDetails(el);
      await expect(el).to.be.accessible();
    });

    it('is accessible in the dark theme', async () => {
      const el = await tracks(
        html`<wsis-special-tracks theme="dark" sessions now="2021-03-21T12:00:00+01:00"></wsis-special-tracks>`,
      );
      openAllDetails(el);
      expect(getComputedStyle(one(el, '.root')!).backgroundColor).to.equal('rgb(22, 25, 29)');
      await expect(el).to.be.accessible();
    });

    it('is right-to-left and accessible in Arabic, with Arabic words and plurals', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="ar"><wsis-special-tracks sessions now="2021-03-21T12:00:00+01:00"></wsis-special-tracks></div>`,
      );
      const el = await withFeed(wrapper.querySelector('wsis-special-tracks')!);
      await waitUntil(() => text(card(el, 'ageing').querySelector('[part~="track-status"]')).includes('مستمر'));
      expect(getComputedStyle(one(el, '.root')!).direction).to.equal('rtl');
      const ageing = card(el, 'ageing');
      expect(text(ageing.querySelector('h2'))).to.equal('تكنولوجيا المعلومات والاتصالات وكبار السن');
      expect(text(ageing.querySelector('[part~="track-count"]'))).to.equal(`${new Intl.NumberFormat('ar').format(3)} جلسات في البرنامج`);
      expect(text(card(el, 'security').querySelector('[part~="track-count"]'))).to.equal('جلستان في البرنامج');
      expect(text(ageing.querySelector('[part~="track-editions"]'))).to.contain(localNumber('ar', 2021, { useGrouping: false }));
      // The colour stripe sits on the start side: the right in Arabic.
      const stripe = getComputedStyle(ageing, '::before');
      expect(stripe.right).to.equal('0px');
      const box = ageing.getBoundingClientRect();
      expect(parseFloat(stripe.left)).to.be.closeTo(box.width - 6 - 2, 2);
      openAllDetails(el);
      await aTimeout(0);
      await expect(el).to.be.accessible();
    });
  });
});
