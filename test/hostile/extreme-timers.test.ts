import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { WsisStatsCounter } from '../../src/stats-counter/stats-counter.js';
import { extremeFeeds } from '../fixtures/extreme/extreme-feeds.js';
import { part, uniqueKey, valueOf } from '../stats-counter/stats-feed.js';

const requests = async (key: string): Promise<number> =>
  ((await (await fetch(`/test-api/extreme/count?key=${key}`)).json()) as { requests: number }).requests;

function mount(tag: string, attributes: Record<string, string>, feed?: unknown): HTMLElement {
  const el = document.createElement(tag) as HTMLElement & { feed?: unknown };
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (feed) el.feed = feed;
  document.body.append(el);
  return el;
}

describe('extreme values: timer attributes keep requests bounded', function () {
  this.timeout(20000);

  for (const refresh of ['0.001', '2147484']) {
    it(`refresh="${refresh}" re-reads the feed at most once a second`, async () => {
      const key = uniqueKey(`refresh-${refresh}`);
      const el = mount('wsis-partner-wall', { src: `/test-api/extreme/feed?key=${key}`, refresh });
      try {
        await waitUntil(() => el.shadowRoot?.textContent?.includes('Routed partner'), 'the feed shown', { timeout: 5000 });
        await aTimeout(3000);
        const count = await requests(key);
        // 0.001 s is raised to 1 s; 2,147,484 s (past setTimeout's range, which fired at once) to 24.8 days.
        expect(count).to.be.within(1, refresh === '0.001' ? 5 : 1);
      } finally {
        el.remove();
      }
    });
  }

  for (const interval of ['0.001', '2147484']) {
    it(`interval="${interval}" polls live-src at most once a second`, async () => {
      const key = uniqueKey(`interval-${interval}`);
      const el = mount(
        'wsis-stats-counter',
        { 'live-src': `/test-api/extreme/live?key=${key}`, 'live-mode': 'poll', interval, duration: '0' },
        extremeFeeds()[0].feed,
      );
      try {
        await waitUntil(() => valueOf(el, 'attendees') === '20+', 'the live figure shown', { timeout: 5000 });
        await aTimeout(3000);
        expect(await requests(key)).to.be.within(1, interval === '0.001' ? 5 : 1);
      } finally {
        el.remove();
      }
    });
  }

  it('duration="1e308" still shows the figure, after at most ten seconds of counting', async () => {
    const el = mount('wsis-stats-counter', { duration: '1e308' }, extremeFeeds()[0].feed) as WsisStatsCounter;
    el.motion = 'auto';
    try {
      await waitUntil(() => valueOf(el, 'attendees') === '50,000+', 'the figure never arrived', { timeout: 12000, interval: 200 });
    } finally {
      el.remove();
    }
  });
});

describe('extreme values: feed requests', function () {
  this.timeout(30000);

  it('gives up on a feed that never answers: the error state with Retry, not "Loading…" for ever', async () => {
    const el = mount('wsis-schedule', { src: '/test-api/slow-never' });
    try {
      const error = await oneEvent(el, 'wsis-error');
      expect(error.detail.kind).to.equal('network');
      expect(error.detail.message).to.contain('did not answer within 15 seconds');
      await waitUntil(() => part(el, 'error'), 'the error state');
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      expect(part(el, 'retry')).to.exist;
      expect(part(el, 'loading')).to.equal(null);
    } finally {
      el.remove();
    }
  });

  it('never shows the credentials of a feed URL in its error', async () => {
    const src = `${location.protocol}//editor:s3cret-token@${location.host}/test-api/extreme/feed?key=${uniqueKey('credentials')}`;
    const el = mount('wsis-partner-wall', { src });
    try {
      const error = await oneEvent(el, 'wsis-error');
      await waitUntil(() => part(el, 'error'), 'the error state');
      expect(error.detail.message).not.to.contain('s3cret');
      expect(error.detail.message).not.to.contain('editor:');
      expect(el.shadowRoot!.textContent).not.to.contain('s3cret');
      expect(error.detail.message).to.contain(`${location.host}/test-api/extreme/feed`);
    } finally {
      el.remove();
    }
  });
});

describe('extreme values: small things', () => {
  it('shows a figure of -0 as "0"', async () => {
    const numbers = extremeFeeds().find((f) => f.name.startsWith('extreme numbers'))!.feed;
    const el = mount('wsis-stats-counter', { duration: '0' }, numbers);
    try {
      await waitUntil(() => valueOf(el, 'zero') !== '', 'the figure shown', { timeout: 5000 });
      expect(valueOf(el, 'zero')).to.equal('0');
    } finally {
      el.remove();
    }
  });

  it('opens a track’s page without referrer nor opener', async () => {
    const feed = structuredClone(extremeFeeds()[0].feed) as { tracks: { url?: string }[] };
    feed.tracks[0].url = 'https://example.org/youth';
    const el = mount('wsis-special-tracks', {}, feed);
    try {
      await waitUntil(() => part(el, 'track-link'), 'the track link', { timeout: 5000 });
      expect(part(el, 'track-link')!.getAttribute('rel')).to.equal('noopener noreferrer');
    } finally {
      el.remove();
    }
  });
});
