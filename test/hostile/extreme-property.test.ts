import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { readFeed } from '../../src/feed/read.js';
import { buildIcs } from '../../src/schedule/ics.js';
import { dayKey } from '../../src/sessions/time.js';
import { baseFeed } from '../fixtures/hostile/hostile-feeds.js';
import { parseIcs } from '../schedule/parse-ics.js';
import { overflowOf, probeResponsiveness, widestParts } from './extreme-probe.js';
import { leftLoading, part, trapPage, widgetTags } from './inspect.js';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const YEAR_MS = 365.25 * 86400000;

/** Years 0–275760 (the whole of JavaScript's range upwards), the edges more often. */
const year = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 275760 }) },
  { weight: 3, arbitrary: fc.constantFrom(0, 1, 2, 50, 99, 100, 1899, 1970, 2021, 9998, 9999, 10000, 275760) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 9999 }) },
);
/** A DateTime as a publisher might write one: four digits, or the extended `+YYYYYY` form past 9999. */
const dateTime = fc
  .record({
    year,
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    offset: fc.constantFrom('Z', '+14:00', '-12:00', '+05:45', '+01:00'),
  })
  .map(({ year: y, month, day, hour, minute, offset }) => {
    const written = y > 9999 ? `+${pad(y, 6)}` : pad(y, 4);
    return `${written}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00${offset}`;
  });
/** Durations from a minute to decades, and to the end of time. */
const duration = fc.oneof(
  fc.integer({ min: 60000, max: 86400000 }),
  fc.constantFrom(30 * 86400000, 10 * YEAR_MS, 40 * YEAR_MS, 8000 * YEAR_MS, 8.64e15),
);
/** Numbers at the edges of IEEE 754. */
const extremeNumber = fc.oneof(
  fc.constantFrom(1e308, -1e308, -0, 0, 5e-324, Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, 2 ** 31, 2 ** 31 - 1, 0.001, 4.25),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

/** The end of a session `ms` after `start`, written as the reader would get it. */
function endOf(start: string, ms: number): string {
  const end = Date.parse(start) + ms;
  const date = new Date(end);
  return Number.isNaN(end) ? start : date.getUTCFullYear() > 9999 || date.getUTCFullYear() < 0 ? '+275760-09-13T00:00:00Z' : date.toISOString();
}

const extremeFeed = fc
  .record({
    sessions: fc.array(fc.record({ start: dateTime, duration }), { minLength: 1, maxLength: 8 }),
    copies: fc.constantFrom(1, 1, 20, 100),
    stats: fc.array(extremeNumber, { minLength: 1, maxLength: 5 }),
    years: fc.array(extremeNumber, { maxLength: 3 }),
    rank: extremeNumber,
    countdown: extremeNumber,
  })
  .map(({ sessions, copies, stats, years, rank, countdown }) => {
    const feed = baseFeed() as Record<string, unknown[]> & { tracks: { editions?: unknown[] }[] };
    for (let copy = 0; copy < copies; copy++) {
      sessions.forEach((s, i) =>
        feed.sessions.push({ id: `x${copy}-${i}`, title: `Extreme ${i}`, start: s.start, end: endOf(s.start, s.duration), tracks: ['youth'] }),
      );
    }
    stats.forEach((value, i) => feed.stats.push({ id: `n${i}`, label: `number ${i}`, value }));
    years.forEach((value, i) => feed.prizes.push({ id: `y${i}`, name: `Prize ${i}`, year: value, awards: [] }));
    feed.tiers.push({ id: 'extreme', name: 'Extreme tier', rank });
    feed.tracks[0].editions = [2021, ...years];
    return { feed, duration: String(countdown) };
  });

describe('property: extreme numbers and dates, in any element', function () {
  this.timeout(300000);

  // The elements' rendering code is loaded on first use: load it before the page is timed.
  before(async () => {
    const elements = widgetTags.map((tag) => Object.assign(document.createElement(tag), { feed: baseFeed() }));
    document.body.append(...elements);
    await waitUntil(() => elements.every(leftLoading), 'warm-up', { timeout: 20000 });
    elements.forEach((el) => el.remove());
  });

  it('reads only what can be shown, and every element shows the rest, answers and keeps to its box', async () => {
    const failure = await fc.check(
      fc.asyncProperty(extremeFeed, async ({ feed, duration: countdown }) => {
        // The reader: what it keeps has a four-digit day in every zone, and exports parse back.
        const { feed: read } = readFeed(structuredClone(feed), { baseUrl: 'https://example.org/feed.json' });
        for (const session of read.sessions) {
          for (const zone of ['Pacific/Kiritimati', 'Pacific/Niue', 'Asia/Kathmandu']) {
            expect(dayKey(Date.parse(session.start), zone)).to.match(/^\d{4}-\d{2}-\d{2}$/);
          }
        }
        const ics = buildIcs(
          read.sessions.map((s) => ({ uid: s.id, start: Date.parse(s.start), end: Date.parse(s.end), summary: String(s.title) })),
          read.event.timezone,
          0,
        );
        expect(parseIcs(ics).children.filter((c) => c.name === 'VEVENT')).to.have.length(read.sessions.length);
        for (const stat of read.stats) expect(Object.is(stat.value, -0)).to.equal(false);

        const traps = trapPage();
        const box = document.createElement('div');
        box.style.width = '360px';
        const elements = widgetTags.map((tag) => {
          const el = document.createElement(tag) as HTMLElement & { feed?: unknown };
          el.setAttribute('sessions', '');
          el.setAttribute('duration', countdown);
          el.setAttribute('now', '2021-03-22T10:30:00+01:00');
          el.feed = feed;
          return el;
        });
        const probe = probeResponsiveness();
        try {
          document.body.append(box);
          // One element at a time, so that the gap measured is one element's work, not five.
          for (const el of elements) {
            box.append(el);
            await waitUntil(() => leftLoading(el), `${el.localName} left loading`, { timeout: 20000 });
          }
          await aTimeout(50);
          expect(await probe.stop(), 'ms without answering').to.be.below(1000);
          expect(traps.errors).to.deep.equal([]);
          for (const el of elements) {
            expect(part(el, 'error'), `${el.localName} error state`).to.equal(null);
            expect(overflowOf(el).element, `${el.localName} past its box by ${widestParts(el)}`).to.be.at.most(1);
          }
          expect(elements[0].shadowRoot!.textContent).to.contain('Opening');
          expect(elements[4].shadowRoot!.textContent).not.to.contain('-0');
        } finally {
          await probe.stop();
          traps.release();
          box.remove();
        }
      }),
      { numRuns: 8, seed: 17, endOnFailure: true },
    );
    // The assertion that failed, not only the counterexample (fc.assert leaves it out here).
    if (failure.failed) {
      const error = failure.errorInstance as Error | undefined;
      throw new Error(`${error?.message ?? 'failed'}\non ${JSON.stringify(failure.counterexample).slice(0, 2000)}`);
    }
  });
});
