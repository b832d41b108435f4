/**
 * The list's row groups (up to 50 rows, one `<ul>` each, the unit of `content-visibility`): a
 * group none of whose rows pass the filters or the search goes as a whole (issue 19: a filter
 * change must not restyle or lay out the rows of such a group).
 */
import { expect, fixture, fixtureCleanup, waitUntil } from '@open-wc/testing';
import '../../src/define/schedule.js';
import type { WsisSchedule } from '../../src/schedule/schedule.js';
import { asFeed } from '../fixtures/as-feed.js';

/** One day of `count` sessions, a minute apart: the first 50 in track "early", the others in "late". */
function dayFeed(count = 120) {
  const at = (minutes: number) => new Date(Date.UTC(2021, 2, 22, 7) + minutes * 60000).toISOString();
  return {
    version: 1,
    event: { id: 'groups', name: 'Groups Forum', timezone: 'Europe/Zurich', start: '2021-03-22', end: '2021-03-22' },
    sessionTypes: [{ id: 'talk', name: { en: 'Talk' } }],
    tracks: [
      { id: 'early', name: { en: 'Early' } },
      { id: 'late', name: { en: 'Late' } },
    ],
    sessions: Array.from({ length: count }, (_, i) => ({
      id: `s${i}`,
      title: i < 50 ? `Morning talk ${i}` : `Afternoon talk ${i}`,
      type: 'talk',
      start: at(i),
      end: at(i + 10),
      tracks: [i < 50 ? 'early' : 'late'],
      format: 'in-person',
      languages: ['en'],
    })),
  };
}

const groups = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.list .sessions')];
const shown = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('.list [part~="session"]')].filter((r) => r.checkVisibility()).map((r) => r.dataset.id);

async function mount(): Promise<WsisSchedule> {
  const el = document.createElement('wsis-schedule');
  el.setAttribute('timezone', 'Europe/Zurich');
  el.feed = asFeed(dayFeed());
  await fixture(el);
  await waitUntil(() => el.shadowRoot!.querySelectorAll('.list [part~="session"]').length === 120, 'every row', { timeout: 5000 });
  return el;
}

describe('<wsis-schedule> row groups', () => {
  afterEach(() => fixtureCleanup());

  it('paints the first groups of a dense day first, then adds the rest of the day', async () => {
    const el = document.createElement('wsis-schedule');
    el.setAttribute('timezone', 'Europe/Zurich');
    document.body.append(el);
    try {
      const first: number[] = [];
      const observer = new MutationObserver(() => {
        const rows = el.shadowRoot!.querySelectorAll('.list [part~="session"]').length;
        if (!first.length && rows) first.push(rows);
      });
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
      el.feed = asFeed(dayFeed(600));
      await waitUntil(() => el.shadowRoot!.querySelectorAll('.list [part~="session"]').length === 600, 'the whole day', { timeout: 10000 });
      observer.disconnect();
      // 150 rows (three groups of 50) before the first paint, not the day's 600.
      expect(first).to.deep.equal([150]);
      expect(shown(el)).to.have.length(600);
    } finally {
      el.remove();
    }
  });

  it('hides a whole group none of whose rows is in the chosen track, and shows every matching row', async () => {
    const el = await mount();
    expect(groups(el)).to.have.length(3);
    el.track = 'late';
    await el.updateComplete;
    expect(groups(el).map((g) => getComputedStyle(g).display)).to.deep.equal(['none', 'block', 'block']);
    expect(shown(el)).to.have.length(70);
    el.track = 'early';
    await el.updateComplete;
    expect(groups(el).map((g) => getComputedStyle(g).display)).to.deep.equal(['block', 'none', 'none']);
    expect(shown(el)).to.deep.equal(Array.from({ length: 50 }, (_, i) => `s${i}`));
    el.track = undefined;
    await el.updateComplete;
    expect(shown(el)).to.have.length(120);
  });

  it('hides a whole group none of whose rows matches the search', async () => {
    const el = await mount();
    el.query = 'afternoon';
    await el.updateComplete;
    expect(groups(el).map((g) => g.hidden)).to.deep.equal([true, false, false]);
    expect(shown(el)).to.have.length(70);
    el.query = 'morning';
    await el.updateComplete;
    expect(groups(el).map((g) => g.hidden)).to.deep.equal([false, true, true]);
    expect(shown(el)).to.have.length(50);
  });
});
