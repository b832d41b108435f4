import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { FeedError } from '../../src/feed/errors.js';
import { readFeed } from '../../src/feed/read.js';
import { smallFeed } from './small-feed.js';

// The reader never throws on any input, except a FeedError when it refuses the whole document.

function readsOrRefuses(value: unknown): void {
  try {
    const { feed, warnings } = readFeed(value, { baseUrl: 'https://example.org/feed.json' });
    expect(feed.version).to.equal(1);
    expect(Array.isArray(feed.sessions)).to.equal(true);
    for (const w of warnings) expect(w.path).to.be.a('string') && expect(w.message).to.be.a('string');
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    expect(['schema', 'version']).to.include(error.kind);
  }
}

/** Anything a JSON document may hold in one place, from the right type to junk. */
const junk = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom('', ' ', 'javascript:alert(1)', 'data:image/png;base64,AA', '//x', '__proto__', 'constructor', '2021-03-22T09:00:00+01:00', '2021-03-22', '#00ff00', 'CH', 'Europe/Zurich', 'Not/AZone'),
  fc.constantFrom(0, -1, 1, 1.5, 1e308, -0),
  fc.constant({ __proto__: null, toString: 'x' }),
);

/** Feed-shaped junk: the small feed with any of its fields (at any depth) replaced or removed. */
const feedShaped = fc
  .array(fc.tuple(fc.nat(), fc.option(junk, { nil: undefined })), { minLength: 1, maxLength: 6 })
  .map((changes) => {
    const doc = smallFeed() as unknown as Record<string, unknown>;
    const slots: [Record<string, unknown> | unknown[], string | number][] = [];
    const walk = (node: unknown) => {
      if (Array.isArray(node)) node.forEach((v, i) => (slots.push([node, i]), walk(v)));
      else if (node && typeof node === 'object')
        for (const [k, v] of Object.entries(node)) slots.push([node as Record<string, unknown>, k]), walk(v);
    };
    walk(doc);
    for (const [at, value] of changes) {
      const [holder, key] = slots[at % slots.length];
      (holder as Record<string | number, unknown>)[key] = value;
    }
    return doc;
  });

describe('readFeed: never throws', () => {
  it('on arbitrary JSON values', () => {
    fc.assert(fc.property(fc.jsonValue(), readsOrRefuses), { numRuns: 500 });
  });

  it('on arbitrary objects with a version 1', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 })), (doc) => readsOrRefuses({ ...doc, version: 1 })),
      { numRuns: 300 },
    );
  });

  it('on feed-shaped junk', () => {
    fc.assert(fc.property(feedShaped, readsOrRefuses), { numRuns: 1000 });
  });

  it('on the JSON text of prototype keys', () => {
    const doc = JSON.parse(
      '{"version":1,"event":{"id":"e","name":{"__proto__":"x","en":"E"},"timezone":"UTC","start":"2021-01-01","end":"2021-01-01"},"sessions":[{"__proto__":{"id":"p"}}]}',
    );
    const { feed, warnings } = readFeed(doc);
    expect(Object.getPrototypeOf(feed.event.name)).to.equal(Object.prototype);
    // Every fault of the dropped item, the first one the reason: nothing read from the prototype.
    expect(warnings.map((w) => w.path)).to.deep.equal(['sessions[0].id', 'sessions[0].title', 'sessions[0].start', 'sessions[0].end']);
  });
});
