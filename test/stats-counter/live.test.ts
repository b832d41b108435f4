import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define/stats-counter.js';
import type { WsisLiveErrorEvent, WsisStatsUpdateEvent } from '../../src/events/stats-events.js';
import type { WsisStatsCounter } from '../../src/stats-counter/stats-counter.js';
import { liveLog, part, parts, setLive, spokenOf, statsFeed, uniqueKey, valueOf } from './stats-feed.js';
import { itOnlyIn, missing } from '../support/engine.js';
import { asFeed } from '../fixtures/as-feed.js';

const liveDoc = (stats: unknown[], generated?: string) => ({ version: 1, generated, stats });

/** A counter on the test feed, reading the live route of `key`. */
async function liveCounter(key: string, attributes: { interval?: number; mode?: string; motion?: string } = {}) {
  const el = document.createElement('wsis-stats-counter');
  el.interval = attributes.interval ?? 30;
  el.setAttribute('motion', attributes.motion ?? 'reduce');
  el.liveMode = (attributes.mode ?? 'auto') as WsisStatsCounter['liveMode'];
  el.liveSrc = `/test-api/stats/${attributes.mode === 'stream' ? 'stream' : 'live'}?key=${key}`;
  el.feed = asFeed(statsFeed());
  const parent = await fixture(html`<div></div>`);
  parent.append(el);
  return el;
}

describe('<wsis-stats-counter> live figures', function () {
  // Polls are at least a second apart (timer-limits.ts): the backoff test waits for three.
  this.timeout(30000);

  it('merges polled figures by id: updates known ones, keeps the others, adds new labelled ones', async () => {
    const key = uniqueKey('merge');
    await setLive(key, {
      doc: liveDoc([
        { id: 'attendees', value: 51234 },
        { id: 'speakers', label: 'Speakers', value: 870 },
        { id: 'nameless', value: 3 },
      ]),
    });
    const el = await liveCounter(key);
    const update = (await oneEvent(el, 'wsis-stats-update')) as WsisStatsUpdateEvent;
    await el.updateComplete;
    expect(update.detail.source).to.equal('poll');
    expect(update.detail.changed).to.deep.equal(['attendees']);
    // The feed's qualifier stays when the live figure has none.
    expect(valueOf(el, 'attendees')).to.equal('51,234+');
    expect(spokenOf(el, 'attendees')).to.equal('more than 51,234');
    expect(valueOf(el, 'countries')).to.equal('185');
    expect(parts(el, 'stat').map((stat) => stat.dataset.id)).to.deep.equal([
      'attendees',
      'countries',
      'hlps',
      'ministers',
      'online',
      'speakers',
    ]);
    expect(valueOf(el, 'speakers')).to.equal('870');
    await expect(el).to.be.accessible();
  });

  it('shows a live-only figure named in stats', async () => {
    const key = uniqueKey('named');
    await setLive(key, { doc: liveDoc([{ id: 'speakers', label: 'Speakers', value: 870, qualifier: 'about' }]) });
    const el = await liveCounter(key);
    el.stats = 'speakers,countries';
    await waitUntil(() => valueOf(el, 'speakers') === 'about 870');
    expect(parts(el, 'stat').map((stat) => stat.dataset.id)).to.deep.equal(['speakers', 'countries']);
  });

  itOnlyIn(['chromium', 'firefox'], missing.httpCache, 'revalidates with If-None-Match and keeps the figures on 304', async () => {
    const key = uniqueKey('etag');
    await setLive(key, { doc: liveDoc([{ id: 'attendees', value: 51234 }]) });
    const el = await liveCounter(key, { interval: 1 });
    await waitUntil(async () => (await liveLog(key)).requests.length >= 3, 'not polling', { timeout: 4000 });
    const { requests } = await liveLog(key);
    expect(requests[0].ifNoneMatch).to.be.undefined;
    expect(requests[1].ifNoneMatch).to.be.a('string');
    expect(requests[1].status).to.equal(304);
    expect(valueOf(el, 'attendees')).to.equal('51,234+');
    el.remove();
  });

  it('counts a changed figure from its old value to its new one and announces it once', async () => {
    const key = uniqueKey('change');
    await setLive(key, { doc: liveDoc([{ id: 'attendees', value: 51000 }]) });
    const el = await liveCounter(key, { interval: 0.15, motion: 'auto' });
    el.duration = 400;
    await waitUntil(() => valueOf(el, 'attendees') === '51,000+', 'first live figure', { timeout: 4000 });
    const region = el.shadowRoot!.querySelector('[aria-live="polite"]:not([part])')!;
    expect(region.textContent).to.equal('');
    let announcements = 0;
    new MutationObserver(() => (announcements += 1)).observe(region, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    await setLive(key, { doc: liveDoc([{ id: 'attendees', value: 52000 }]) });
    const seen: number[] = [];
    await waitUntil(
      () => {
        seen.push(Number(valueOf(el, 'attendees').replace(/\D/g, '')));
        return valueOf(el, 'attendees') === '52,000+';
      },
      'never reached the new figure',
      { interval: 16, timeout: 4000 },
    );
    expect(Math.min(...seen)).to.be.at.least(51000);
    expect(seen.some((value) => value > 51000 && value < 52000), 'no intermediate figure').to.be.true;
    await waitUntil(() => region.textContent === 'Attendees: more than 52,000', `announced "${region.textContent}"`);
    await aTimeout(300);
    expect(announcements).to.equal(1);
    el.remove();
  });

  it('keeps the last figures when a poll fails and backs off, then recovers', async () => {
    const key = uniqueKey('backoff');
    await setLive(key, { doc: liveDoc([{ id: 'attendees', value: 51234 }]) });
    // The shortest interval there is (1 s, timer-limits.ts).
    const el = await liveCounter(key, { interval: 1 });
    await waitUntil(() => valueOf(el, 'attendees') === '51,234+');
    const errors: WsisLiveErrorEvent['detail'][] = [];
    el.addEventListener('wsis-live-error', (event) => errors.push(event.detail));
    await setLive(key, { status: 500 });
    await waitUntil(() => errors.length >= 3, 'fewer than 3 failures', { timeout: 9000 });
    expect(errors[0].status).to.equal(500);
    // 2×, 4×, 8× the interval, ± 10 % jitter.
    expect(errors[0].retryIn).to.be.within(1800, 2200);
    expect(errors[1].retryIn).to.be.within(3600, 4400);
    expect(errors[2].retryIn).to.be.within(7200, 8800);
    const failing = (await liveLog(key)).requests.filter((request) => request.status === 500);
    expect(failing[2].at - failing[1].at).to.be.greaterThan(failing[1].at - failing[0].at);
    expect(valueOf(el, 'attendees')).to.equal('51,234+');
    expect(part(el, 'error')).to.be.null;
    await expect(el).to.be.accessible();
    await setLive(key, { doc: liveDoc([{ id: 'attendees', value: 60000 }]) });
    await waitUntil(() => valueOf(el, 'attendees') === '60,000+', 'did not recover', { timeout: 10000 });
    el.remove();
  });

  it('reports a document that is not a live statistics document and keeps the figures', async () => {
    const key = uniqueKey('bad');
    await setLive(key, { doc: { version: 2, stats: [{ id: 'attendees', value: 1 }] } });
    const el = await liveCounter(key);
    const error = (await oneEvent(el, 'wsis-live-error')) as WsisLiveErrorEvent;
    expect(error.detail.message).to.contain('version 1');
    expect(valueOf(el, 'attendees')).to.equal('50,000+');
    el.remove();
  });

  it('stops polling while the page is hidden and polls again when it is shown', async () => {
    const key = uniqueKey('hidden');
    await setLive(key, { doc: liveDoc([{ id: 'attendees', value: 51234 }]) });
    const el = await liveCounter(key, { interval: 1 });
    await waitUntil(async () => (await liveLog(key)).requests.length >= 2, 'not polling', { timeout: 3000 });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      // A request already on its way when the page hid may still reach the server: let it land.
      await aTimeout(150);
      const before = (await liveLog(key)).requests.length;
      await aTimeout(1500);
      expect((await liveLog(key)).requests.length).to.equal(before);
    } finally {
      delete (document as { hidden?: boolean }).hidden;
    }
    expect(document.hidden).to.be.false;
    const before = (await liveLog(key)).requests.length;
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(async () => (await liveLog(key)).requests.length > before, 'no poll after showing', { timeout: 3000 });
    el.remove();
  });

  it('leaves no timer or request once removed', async () => {
    const key = uniqueKey('removed');
    await setLive(key, { doc: liveDoc([{ id: 'attendees', value: 51234 }]) });
    const el = await liveCounter(key, { interval: 1 });
    await waitUntil(async () => (await liveLog(key)).requests.length >= 2, 'not polling', { timeout: 3000 });
    el.remove();
    const before = (await liveLog(key)).requests.length;
    await aTimeout(1500);
    expect((await liveLog(key)).requests.length).to.equal(before);
  });

  it('shows when the figures were updated with show-updated, in the element’s language', async () => {
    const key = uniqueKey('updated');
    const twoMinutesAgo = new Date(Date.now() - 125_000).toISOString();
    await setLive(key, { doc: liveDoc([{ id: 'attendees', value: 51234 }], twoMinutesAgo) });
    const el = await liveCounter(key);
    el.showUpdated = true;
    await waitUntil(() => part(el, 'updated'), 'no updated line', { timeout: 4000 });
    expect(part(el, 'updated')!.textContent!.trim()).to.equal('Updated 2 minutes ago');
    expect(part(el, 'updated')!.querySelector('time')!.getAttribute('datetime')).to.equal(twoMinutesAgo);
    el.setAttribute('lang', 'fr');
    await waitUntil(
      () => part(el, 'updated')!.textContent!.trim() === 'Mis à jour il y a 2 minutes',
      `got ${part(el, 'updated')!.textContent!.trim()}`,
      { timeout: 4000 },
    );
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('stops the clock of the updated line once removed', async () => {
    const nativeSet = window.setInterval;
    const nativeClear = window.clearInterval;
    const running = new Set<number>();
    window.setInterval = ((handler: TimerHandler, timeout?: number) => {
      const id = nativeSet(handler, timeout);
      running.add(id);
      return id;
    }) as typeof window.setInterval;
    window.clearInterval = ((id?: number) => {
      if (id !== undefined) running.delete(id);
      nativeClear(id);
    }) as typeof window.clearInterval;
    try {
      const key = uniqueKey('clock');
      await setLive(key, { doc: liveDoc([{ id: 'attendees', value: 51234 }]) });
      const el = await liveCounter(key);
      el.showUpdated = true;
      await waitUntil(() => part(el, 'updated'), 'no updated line', { timeout: 4000 });
      expect(running.size, 'the clock runs while the line is shown').to.equal(1);
      el.showUpdated = false;
      await el.updateComplete;
      expect(running.size, 'the clock runs without the line').to.equal(0);
      el.showUpdated = true;
      await el.updateComplete;
      expect(running.size).to.equal(1);
      el.remove();
      expect(running.size, 'the clock runs after removal').to.equal(0);
    } finally {
      window.setInterval = nativeSet;
      window.clearInterval = nativeClear;
    }
  });

  describe('event stream', () => {
    it('switches to an EventSource when live-src answers text/event-stream, and follows its messages', async () => {
      const key = uniqueKey('stream');
      await setLive(key, { doc: liveDoc([{ id: 'attendees', value: 51234 }]) });
      const el = document.createElement('wsis-stats-counter');
      el.setAttribute('motion', 'reduce');
      el.liveSrc = `/test-api/stats/stream?key=${key}`;
      el.feed = asFeed(statsFeed());
      const first = oneEvent(el, 'wsis-stats-update');
      (await fixture(html`<div></div>`)).append(el);
      expect(((await first) as WsisStatsUpdateEvent).detail.source).to.equal('stream');
      await el.updateComplete;
      expect(valueOf(el, 'attendees')).to.equal('51,234+');
      await waitUntil(async () => (await liveLog(key)).open === 1, 'the probe request stayed open');
      const next = oneEvent(el, 'wsis-stats-update');
      await setLive(key, { doc: liveDoc([{ id: 'attendees', value: 53000, qualifier: 'exact' }]) });
      await next;
      await el.updateComplete;
      expect(valueOf(el, 'attendees')).to.equal('53,000');
      await expect(el).to.be.accessible();
      el.remove();
      await waitUntil(async () => (await liveLog(key)).open === 0, 'stream left open after removal');
    });

    it('does not open a stream with live-mode="poll", and says why', async () => {
      const key = uniqueKey('poll-only');
      await setLive(key, { doc: liveDoc([{ id: 'attendees', value: 51234 }]) });
      const el = document.createElement('wsis-stats-counter');
      el.setAttribute('motion', 'reduce');
      el.liveMode = 'poll';
      el.liveSrc = `/test-api/stats/stream?key=${key}`;
      el.feed = asFeed(statsFeed());
      const failed = oneEvent(el, 'wsis-live-error');
      (await fixture(html`<div></div>`)).append(el);
      expect(((await failed) as WsisLiveErrorEvent).detail.message).to.contain('live-mode="stream"');
      await waitUntil(async () => (await liveLog(key)).open === 0, 'the stream answer stayed open');
      expect(valueOf(el, 'attendees')).to.equal('50,000+');
      el.remove();
    });

    it('reconnects after the stream drops (live-mode="stream")', async () => {
      const key = uniqueKey('reconnect');
      await setLive(key, { doc: liveDoc([{ id: 'attendees', value: 51234 }]) });
      const el = await liveCounter(key, { mode: 'stream', interval: 1 });
      await waitUntil(() => valueOf(el, 'attendees') === '51,234+');
      expect((await liveLog(key)).opened).to.equal(1);
      const dropped = oneEvent(el, 'wsis-live-error');
      await fetch(`/test-api/stats/close-streams?key=${key}`);
      // Half the first wait (1 s, the interval, being shorter than 3 s) doubled: 1 s ± 10 %.
      expect(((await dropped) as WsisLiveErrorEvent).detail.retryIn).to.be.within(900, 1100);
      await waitUntil(async () => (await liveLog(key)).open === 1, 'did not reconnect', { timeout: 3000 });
      expect((await liveLog(key)).opened).to.equal(2);
      await setLive(key, { doc: liveDoc([{ id: 'attendees', value: 54000 }]) });
      await waitUntil(() => valueOf(el, 'attendees') === '54,000+');
      el.remove();
      await waitUntil(async () => (await liveLog(key)).open === 0, 'stream left open after removal');
    });
  });
});
