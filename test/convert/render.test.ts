import { expect, fixture, waitUntil } from '@open-wc/testing';
import { asFeed } from '../fixtures/as-feed.js';
import '../../src/define/schedule.js';
import '../../src/define/special-tracks.js';
import { convert, type ConvertOptions, type Source } from '../../src/convert/index.js';
import type { WsisSchedule } from '../../src/schedule/schedule.js';
import type { WsisSpecialTracks } from '../../src/special-tracks/special-tracks.js';

const CASES: [Source, string, ConvertOptions][] = [
  ['frab', 'frab-camp2019.json', {}],
  ['frab', 'pretalx-democon.json', {}],
  ['frab', 'frab-edge-cases.json', {}],
  ['frab', 'schedule2-hub-38c3.json', {}],
  ['sessionize', 'sessionize-edge-cases.json', { tz: 'Europe/Zurich', eventId: 'edge', eventName: 'Edge' }],
  ['sessionize', 'sessionize-gab-linz-2021.json', { tz: 'Europe/Vienna', eventId: 'gab-linz-2021', eventName: 'GAB Linz 2021' }],
  ['indico', 'indico-edge-cases.json', {}],
  ['csv', 'csv-edge-cases.csv', { tz: 'Europe/Zurich', eventId: 'edge', eventName: 'Edge' }],
];

describe('converted programmes render in <wsis-schedule>', () => {
  for (const [from, name, options] of CASES) {
    it(`${name} (--from ${from}): every session shows, with its title`, async () => {
      const text = await (await fetch(`/test/fixtures/import/${name}`)).text();
      const { feed } = convert(from, from === 'csv' ? text : JSON.parse(text), options);
      const el = document.createElement('wsis-schedule') as WsisSchedule;
      el.setAttribute('lang', 'en');
      el.feed = asFeed(feed);
      await fixture(el);
      await waitUntil(() => el.shadowRoot?.querySelector('[part~="session"]'), 'sessions rendered');
      const rows = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="session"]')];
      expect(rows.map((r) => r.dataset.id).sort()).to.deep.equal(feed.sessions!.map((s) => s.id).sort());
      expect(el.shadowRoot!.textContent).to.contain(String(feed.sessions![0].title));
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    });
  }
});

describe('converted programmes render in <wsis-special-tracks sessions>', () => {
  for (const [from, name, options] of CASES) {
    it(`${name} (--from ${from}): every track shows with the sessions that name it`, async () => {
      const text = await (await fetch(`/test/fixtures/import/${name}`)).text();
      const { feed } = convert(from, from === 'csv' ? text : JSON.parse(text), options);
      const el = document.createElement('wsis-special-tracks') as WsisSpecialTracks;
      el.setAttribute('lang', 'en');
      el.setAttribute('sessions', '');
      el.feed = asFeed(feed);
      await fixture(el);
      const tracks = feed.tracks ?? [];
      const tracked = (feed.sessions ?? []).filter((s) => s.tracks?.length);
      await waitUntil(
        () => el.shadowRoot?.querySelector(tracks.length ? '[part~="track"]' : '[part~="empty"]'),
        'tracks rendered',
        { timeout: 5000 },
      );
      await el.updateComplete;
      const cards = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="track"]')];
      expect(cards.map((c) => c.dataset.id)).to.deep.equal(tracks.map((t) => t.id));
      const rows = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="session"]')];
      expect([...new Set(rows.map((r) => r.dataset.id))].sort()).to.deep.equal(tracked.map((s) => s.id).sort());
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    });
  }
});

describe('converters in this browser', () => {
  it("Indico: the event's first and last days are YYYY-MM-DD, not a locale's date format", async () => {
    // The days came from Intl's en-CA format, which WebKitGTK's ICU 72 writes "10/26/2024": the
    // schedule then refused the feed (event.start: not a date).
    const text = await (await fetch('/test/fixtures/import/indico-edge-cases.json')).text();
    const { feed } = convert('indico', JSON.parse(text), {});
    expect([feed.event?.start, feed.event?.end]).to.deep.equal(['2024-10-26', '2024-10-27']);
  });
});
