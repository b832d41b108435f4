import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/schedule.js';
import '../../src/define/special-tracks.js';
import type { WsisSchedule } from '../../src/schedule/schedule.js';
import type { WsisSpecialTracks } from '../../src/special-tracks/special-tracks.js';
import { tracksFeed } from './tracks-feed.js';
import { asFeed } from '../fixtures/as-feed.js';

describe('<wsis-special-tracks> linked to a real <wsis-schedule>', () => {
  it('filters the schedule to the chosen track', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <wsis-special-tracks schedule="programme"></wsis-special-tracks>
      <wsis-schedule id="programme" now="2021-03-21T00:00:00Z"></wsis-schedule>
    </div>`);
    const tracks = page.querySelector<WsisSpecialTracks>('wsis-special-tracks')!;
    const schedule = page.querySelector<WsisSchedule>('wsis-schedule')!;
    tracks.feed = asFeed(tracksFeed());
    schedule.feed = asFeed(tracksFeed());
    const sessionIds = () =>
      [...schedule.shadowRoot!.querySelectorAll<HTMLElement>('[part~="session"]')]
        .filter((row) => row.checkVisibility())
        .map((row) => row.dataset.id)
        .sort();
    await waitUntil(() => sessionIds().length === 5, 'the schedule did not show the programme');
    await waitUntil(() => tracks.shadowRoot!.querySelector('[part~="track-select"]'));

    const button = tracks.shadowRoot!.querySelector<HTMLButtonElement>(
      '[part~="track"][data-id="security"] [part~="track-select"]',
    )!;
    button.click();
    expect(schedule.getAttribute('track')).to.equal('security');
    await waitUntil(() => sessionIds().length === 2, 'the schedule did not filter');
    expect(sessionIds()).to.deep.equal(['dropped', 'early']);
  });
});
