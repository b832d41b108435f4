import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { readFeed } from '../../src/feed/read.js';
import { extremeFeeds } from '../fixtures/extreme/extreme-feeds.js';
import { overflowOf, probeResponsiveness, widestParts } from './extreme-probe.js';
import { part, trapPage, widgetTags } from './inspect.js';

type Widget = HTMLElement & { feed?: unknown; updateComplete: Promise<unknown> };

/** What each element must still show of the base feed, whatever the extreme item beside it. */
const ordinary: Record<(typeof widgetTags)[number], string> = {
  'wsis-schedule': 'Opening',
  'wsis-partner-wall': 'Partner One',
  'wsis-prize-winners': 'Team One',
  'wsis-special-tracks': 'ICTs and Youth',
  'wsis-stats-counter': 'attendees',
  'wsis-partner-badge': 'Hostile test forum',
};

const shownText = (el: Element) => el.shadowRoot?.textContent ?? '';

describe('extreme values: the reader drops what the elements cannot show, with a warning', () => {
  for (const extreme of extremeFeeds()) {
    it(extreme.name, () => {
      const { warnings } = readFeed(structuredClone(extreme.feed), { baseUrl: 'https://example.org/feed.json' });
      expect(warnings.map((w) => w.path).sort()).to.deep.equal([...extreme.dropped].sort());
    });
  }
});

describe('extreme values: every element shows the rest of the feed, answers, and keeps to its box', function () {
  this.timeout(30000);

  for (const extreme of extremeFeeds()) {
    describe(extreme.name, () => {
      for (const tag of widgetTags) {
        it(`<${tag}>`, async () => {
          const traps = trapPage();
          const box = document.createElement('div');
          // A narrow column, as in a sidebar.
          box.style.width = '360px';
          const el = document.createElement(tag) as Widget;
          el.setAttribute('sessions', '');
          el.setAttribute('now', '2021-03-22T10:30:00+01:00');
          el.setAttribute('duration', '0');
          // The badge shows one partner's involvement: it needs to be told which.
          if (tag === 'wsis-partner-badge') el.setAttribute('partner', 'p1');
          el.feed = extreme.feed;
          box.append(el);
          const probe = probeResponsiveness();
          try {
            document.body.append(box);
            await waitUntil(() => shownText(el).includes(ordinary[tag]) || part(el, 'error'), `${tag} showed nothing`, {
              timeout: 20000,
            });
            await el.updateComplete;
            await aTimeout(100);
            expect(await probe.stop(), 'the longest the page went without answering (ms)').to.be.below(1000);
            expect(traps.errors, 'uncaught errors').to.deep.equal([]);
            expect(part(el, 'error')?.textContent ?? null, 'the error state').to.equal(null);
            expect(shownText(el), 'the ordinary items').to.contain(ordinary[tag]);
            if (tag === 'wsis-schedule') {
              for (const text of extreme.scheduleShows ?? []) expect(shownText(el)).to.contain(text);
            }
            const overflow = overflowOf(el);
            expect(overflow.element, `px drawn past the element’s box by ${widestParts(el)}`).to.be.at.most(1);
            expect(overflow.page, 'px the page grew wider').to.be.at.most(0);
          } finally {
            await probe.stop();
            traps.release();
            box.remove();
          }
        });
      }
    });
  }
});
