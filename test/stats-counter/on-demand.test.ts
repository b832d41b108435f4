// <wsis-stats-counter> as the all-in-one bundle defines it: the class at once, its rendering code
// when the first counter connects, and the code that reads `live-src` only for a counter that has
// one. This file imports neither the define file nor the renderer, so that the page starts
// without them; its tests run in order (each checks what the page has loaded so far).
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { WsisLiveErrorDetail, WsisStatsUpdateEvent } from '../../src/events/stats-events.js';
import { defineElement } from '../../src/internal/define-element.js';
import { WsisStatsCounter } from '../../src/stats-counter/stats-counter.js';
import { liveLog, part, setLive, statsFeed, uniqueKey, valueOf } from './stats-feed.js';
import { asFeed } from '../fixtures/as-feed.js';

WsisStatsCounter.view = () => import('../../src/stats-counter/stats-counter-view.js').then((m) => m.statsCounterView);
defineElement('wsis-stats-counter', WsisStatsCounter);

performance.setResourceTimingBufferSize(5000);
/** Whether the page requested the module src/stats-counter/`name`.(ts|js). */
const requested = (name: string) =>
  performance
    .getEntriesByType('resource')
    .some((entry) => new URL(entry.name).pathname.replace(/\.[jt]s$/, '') === `/src/stats-counter/${name}`);
const liveModules = ['live-figures', 'live-controller', 'live-document'];

const liveDoc = (stats: unknown[]) => ({ version: 1, stats });

function counter(attributes: { key?: string; mode?: string; interval?: number } = {}) {
  const el = document.createElement('wsis-stats-counter');
  el.motion = 'reduce';
  el.interval = attributes.interval ?? 0.1;
  if (attributes.key) {
    el.liveMode = (attributes.mode ?? 'auto') as WsisStatsCounter['liveMode'];
    el.liveSrc = `/test-api/stats/${attributes.mode === 'stream' ? 'stream' : 'live'}?key=${attributes.key}`;
  }
  el.feed = asFeed(statsFeed());
  return el;
}

describe('<wsis-stats-counter> code loaded on demand', () => {
  it('loads no rendering code before a counter is on the page', () => {
    expect(requested('stats-counter')).to.be.true;
    expect(requested('stats-counter-view')).to.be.false;
    for (const name of liveModules) expect(requested(name), name).to.be.false;
  });

  it('shows a counter without live-src without ever loading the live code', async () => {
    const el = await fixture<WsisStatsCounter>(html`<wsis-stats-counter motion="reduce"></wsis-stats-counter>`);
    el.feed = asFeed(statsFeed());
    await waitUntil(() => valueOf(el, 'attendees') === '50,000+', 'figures not shown');
    expect(requested('stats-counter-view')).to.be.true;
    el.showUpdated = true;
    el.interval = 5;
    await aTimeout(300);
    expect(el.live === undefined, 'the live code was loaded').to.be.true;
    for (const name of liveModules) expect(requested(name), name).to.be.false;
    expect(part(el, 'updated')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('starts reading live-src only once back on the page when removed before the live code arrived', async () => {
    const pollKey = uniqueKey('lazy-poll');
    const streamKey = uniqueKey('lazy-stream');
    await setLive(pollKey, { doc: liveDoc([{ id: 'attendees', value: 51234 }]) });
    await setLive(streamKey, { doc: liveDoc([{ id: 'attendees', value: 52345 }]) });
    const parent = await fixture(html`<div></div>`);
    const polling = counter({ key: pollKey });
    const streaming = counter({ key: streamKey, mode: 'stream' });
    parent.append(polling, streaming);
    await Promise.all([polling.updateComplete, streaming.updateComplete]);
    polling.remove();
    streaming.remove();
    // The first live-src of the page: its code was asked for in the update, and is still on its way.
    // (Compared, not shown: a failure message must not serialise the element.)
    expect(polling.live === undefined && streaming.live === undefined, 'the live code arrived before the removal').to.be
      .true;
    await WsisStatsCounter.loadLive();
    await aTimeout(400);
    expect(polling.live === undefined && streaming.live === undefined, 'live code started off the page').to.be.true;
    expect((await liveLog(pollKey)).requests, 'polled while off the page').to.have.length(0);
    expect((await liveLog(streamKey)).opened, 'stream opened while off the page').to.equal(0);

    parent.append(polling, streaming);
    await waitUntil(() => valueOf(polling, 'attendees') === '51,234+', 'no live figure once back', { timeout: 4000 });
    await waitUntil(() => valueOf(streaming, 'attendees') === '52,345+', 'no streamed figure once back', {
      timeout: 4000,
    });
    polling.remove();
    streaming.remove();
    await waitUntil(async () => (await liveLog(streamKey)).open === 0, 'stream left open after removal');
    await aTimeout(150);
    const before = (await liveLog(pollKey)).requests.length;
    await aTimeout(400);
    expect((await liveLog(pollKey)).requests.length, 'polled after removal').to.equal(before);
  });

  it('loads the live code once live-src is set, and follows it as before', async () => {
    const key = uniqueKey('lazy-set');
    await setLive(key, { doc: liveDoc([{ id: 'attendees', value: 51000 }]) });
    const el = await fixture<WsisStatsCounter>(html`<wsis-stats-counter motion="reduce" interval="0.1"></wsis-stats-counter>`);
    el.feed = asFeed(statsFeed());
    await waitUntil(() => valueOf(el, 'attendees') === '50,000+');
    const first = oneEvent(el, 'wsis-stats-update');
    el.liveSrc = `/test-api/stats/live?key=${key}`;
    expect(((await first) as WsisStatsUpdateEvent).detail.changed).to.deep.equal(['attendees']);
    await waitUntil(() => valueOf(el, 'attendees') === '51,000+', 'live figure not shown');
    await setLive(key, { doc: liveDoc([{ id: 'attendees', value: 52000 }]) });
    const region = el.shadowRoot!.querySelector('[aria-live="polite"]:not([part])')!;
    // The next poll, a second later (the shortest interval, timer-limits.ts).
    await waitUntil(() => region.textContent === 'Attendees: more than 52,000', `announced "${region.textContent}"`, {
      timeout: 3000,
    });
    el.remove();
  });

  it('reports live code that cannot be downloaded, keeps the feed’s figures, and asks again when put back or for a new live-src', async () => {
    const key = uniqueKey('lazy-offline');
    await setLive(key, { doc: liveDoc([{ id: 'attendees', value: 51234 }]) });
    let attempts = 0;
    let offline = true;
    class OfflineCounter extends WsisStatsCounter {
      static override loadLive = () => {
        attempts += 1;
        return offline
          ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
          : WsisStatsCounter.loadLive();
      };
    }
    customElements.define('test-offline-stats-counter', OfflineCounter);
    const el = document.createElement('test-offline-stats-counter') as OfflineCounter;
    const errors: WsisLiveErrorDetail[] = [];
    el.addEventListener('wsis-live-error', (event) => errors.push(event.detail));
    el.motion = 'reduce';
    el.interval = 0.1;
    el.liveSrc = `/test-api/stats/live?key=${key}`;
    el.feed = asFeed(statsFeed());
    const parent = await fixture(html`<div></div>`);
    parent.append(el);
    await waitUntil(() => errors.length === 1, 'no wsis-live-error');
    expect(errors[0]).to.deep.equal({ message: 'The code that reads live-src could not be loaded.', retryIn: 0 });
    await waitUntil(() => valueOf(el, 'attendees') === '50,000+', 'the feed’s figures are not shown');
    expect(part(el, 'error')).to.be.null;
    // Other updates do not ask again.
    el.showDescriptions = true;
    await el.updateComplete;
    await aTimeout(200);
    expect(attempts).to.equal(1);
    el.remove();
    parent.append(el);
    await waitUntil(() => errors.length === 2, 'not asked again once back on the page');
    expect(attempts).to.equal(2);
    offline = false;
    el.liveSrc = `/test-api/stats/live?key=${key}&again`;
    await waitUntil(() => valueOf(el, 'attendees') === '51,234+', 'no live figure after a new live-src', { timeout: 3000 });
    expect(attempts).to.equal(3);
    expect(errors).to.have.length(2);
    await expect(el).to.be.accessible();
    el.remove();
  });
});
