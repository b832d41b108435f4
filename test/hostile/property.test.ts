import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { forbiddenUrls, markupPayloads } from '../fixtures/hostile/payloads.js';
import { dangerousAttributes, leftLoading, trapPage, widgetTags } from './inspect.js';

declare global {
  interface Window {
    __wsisCanary?: unknown;
  }
}

// Values a hand-edited or hostile feed might hold anywhere.
const junk = fc.oneof(
  fc.constantFrom(...markupPayloads, ...forbiddenUrls, '', ' ', 'https://example.org/a', '#00ff00', 'C5', 'CH'),
  fc.string(),
  fc.integer({ min: -5, max: 3000 }),
  fc.constantFrom(null, true, NaN, Infinity, -1, 0),
  fc.constantFrom('2021-03-22T10:00:00+01:00', '2021-03-22T23:30:00+01:00', '2021-03-22T10:00:00', '2021-03-22'),
);
// Text: mostly valid (hostile markup, plain or random strings, language maps), sometimes junk.
const words = fc.oneof(fc.constantFrom(...markupPayloads, 'Plain name'), fc.string({ minLength: 1 }));
const text = fc.oneof(
  { weight: 6, arbitrary: words },
  { weight: 2, arbitrary: fc.dictionary(fc.constantFrom('en', 'fr', 'ar', 'zh', 'xx'), words, { minKeys: 1, maxKeys: 3 }) },
  { weight: 1, arbitrary: junk },
);
const id = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('a', 'b', 'c', 'youth', 'gold') }, { weight: 1, arbitrary: junk });
// Most fields optional; the contract's required ones usually present, so that items survive reading
// and their (hostile) text reaches the screen.
const loose = (shape: Record<string, fc.Arbitrary<unknown>>, required: string[] = []) =>
  fc.record(shape, { requiredKeys: required });
// Mostly real lists (so that items reach the screen), sometimes junk in their place.
const list = (item: fc.Arbitrary<unknown>) => fc.oneof({ arbitrary: fc.array(item, { maxLength: 6 }), weight: 4 }, { arbitrary: junk, weight: 1 });

const feedShaped = fc.record({
  version: fc.oneof({ weight: 12, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.constantFrom(2, '1') }),
  event: fc.oneof(
    { weight: 12, arbitrary: fc.record({
      id: fc.constant('prop-event'),
      name: words,
      timezone: fc.oneof({ weight: 12, arbitrary: fc.constantFrom('Europe/Zurich', 'Pacific/Auckland', 'America/Lima') }, { weight: 1, arbitrary: fc.constant('Nowhere/Else') }),
      start: fc.constant('2021-03-22'),
      end: fc.oneof({ weight: 12, arbitrary: fc.constant('2021-03-26') }, { weight: 1, arbitrary: fc.constant('2021-03-20') }),
      url: junk,
      description: text,
    }) },
    { weight: 1, arbitrary: junk },
  ),
  sessionTypes: list(loose({ id, name: text }, ['id', 'name'])),
  tracks: list(loose({ id, name: text, color: junk, status: junk, editions: list(junk), url: junk, description: text }, ['id', 'name'])),
  sessions: list(
    loose({
      id,
      title: text,
      start: junk,
      end: junk,
      type: id,
      tracks: list(id),
      location: text,
      languages: list(junk),
      speakers: list(loose({ name: junk, organization: text, country: junk })),
      url: junk,
      streamUrl: junk,
      status: junk,
      description: text,
    }, ['id', 'title', 'start', 'end']),
  ),
  tiers: list(loose({ id, name: text, rank: fc.oneof(fc.constant(1), junk) }, ['id', 'name', 'rank'])).map((tiers) =>
    Array.isArray(tiers) ? [{ id: 'gold', name: 'Gold', rank: 1 }, ...tiers] : tiers,
  ),
  partners: list(loose({ id, name: text, tier: fc.oneof({ weight: 4, arbitrary: fc.constant('gold') }, { weight: 1, arbitrary: id }), logo: junk, url: junk, country: junk, description: text }, ['id', 'name', 'tier'])),
  prizes: list(
    loose({
      id,
      name: text,
      year: junk,
      categories: list(loose({ id, name: text })),
      awards: list(loose({ id, recipient: junk, rank: fc.constantFrom('winner', 'finalist', 'x'), title: text, image: junk, url: junk, category: id }, ['id', 'recipient', 'rank'])),
    }, ['id', 'name', 'year', 'awards']),
  ),
  stats: list(loose({ id, label: text, value: fc.oneof(fc.constant(50000), junk), qualifier: junk, unit: text }, ['id', 'label', 'value'])),
});

describe('property: any feed-shaped data, in any element', function () {
  this.timeout(120000);

  it('runs no script, writes no forbidden URL, throws nothing, and always leaves loading', async () => {
    await fc.assert(
      fc.asyncProperty(feedShaped, async (feed) => {
        window.__wsisCanary = undefined;
        const traps = trapPage();
        const elements = widgetTags.map((tag) => {
          const el = document.createElement(tag) as HTMLElement & { feed?: unknown };
          el.setAttribute('sessions', '');
          el.setAttribute('duration', '0');
          el.setAttribute('now', '2021-03-22T10:30:00+01:00');
          el.feed = feed;
          return el;
        });
        try {
          document.body.append(...elements);
          await waitUntil(() => elements.every(leftLoading), 'left loading', { timeout: 4000 });
          await aTimeout(10);
          expect(window.__wsisCanary).to.equal(undefined);
          expect(traps.dialogs).to.deep.equal([]);
          expect(traps.errors).to.deep.equal([]);
          for (const el of elements) expect(dangerousAttributes(el), el.localName).to.deep.equal([]);
        } finally {
          traps.release();
          elements.forEach((el) => el.remove());
        }
      }),
      { numRuns: 40, seed: 20210322 },
    );
  });
});
