import { expect, waitUntil } from '@open-wc/testing';
import { asFeed } from '../fixtures/as-feed.js';
import '../../src/index.js';
import { MAX_LIVE_FIGURES } from '../../src/stats-counter/live-document.js';
import type { WsisStatsCounter } from '../../src/stats-counter/stats-counter.js';
import { extremeFeeds } from '../fixtures/extreme/extreme-feeds.js';
import { parts, uniqueKey } from '../stats-counter/stats-feed.js';
import { probeResponsiveness } from './extreme-probe.js';
import { trapPage } from './inspect.js';

function mount(attributes: Record<string, string>, feed: unknown): WsisStatsCounter {
  const el = document.createElement('wsis-stats-counter');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.feed = asFeed(feed);
  document.body.append(el);
  return el;
}

describe('extreme values: a live stream that keeps inventing figures', function () {
  this.timeout(30000);

  it(`holds at most ${MAX_LIVE_FIGURES} live figures, and the page keeps answering`, async () => {
    const key = uniqueKey('invented');
    const traps = trapPage();
    const probe = probeResponsiveness();
    const el = mount(
      // The rate: 500 new figures a second, for two seconds.
      { 'live-src': `/test-api/extreme/stream?key=${key}&count=1000&rate=500`, 'live-mode': 'stream', duration: '0' },
      extremeFeeds()[0].feed,
    );
    try {
      let updates = 0;
      el.addEventListener('wsis-stats-update', () => updates++);
      await waitUntil(() => updates >= 1000, `${updates} of 1000 messages heard`, { timeout: 25000 });
      await el.updateComplete;
      expect(await probe.stop(), 'ms without answering').to.be.below(1000);
      const shown = parts(el, 'stat').map((stat) => stat.dataset.id);
      expect(shown).to.include('attendees');
      expect(shown.length).to.equal(1 + MAX_LIVE_FIGURES);
      expect(shown).to.include(`new-${MAX_LIVE_FIGURES - 1}`);
      expect(shown).not.to.include(`new-${MAX_LIVE_FIGURES}`);
      expect(traps.errors).to.deep.equal([]);
    } finally {
      await probe.stop();
      traps.release();
      el.remove();
    }
  });
});
