// Property: whatever a document holds, `wsis-widgets validate` (src/cli/run.ts, run in-process
// with a stub for files) prints no control character and exits with 0, 1, 2 or 3 only.
//   node --import tsx --test test/feed/cli-fuzz.node.test.mjs
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { hasControl } from '../../src/cli/printable.ts';
import { run } from '../../src/cli/run.ts';
import { smallFeed } from './small-feed.ts';

/** Runs the command on a document's text; resolves to {code, lines}. */
async function validate(text, args = []) {
  const lines = [];
  const code = await run(['validate', 'feed.json', ...args], {
    read: async () => ({ text }),
    write: async () => undefined,
    out: (line) => lines.push(line),
    err: (line) => lines.push(line),
    version: '0.0.0',
  });
  return { code, lines };
}

// Strings rich in what a terminal obeys: C0, ESC sequences, BEL, DEL, C1, bidi controls, newlines.
const nasty = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom('\x1b', '[', ']', '0', ';', '\x07', '\n', '\r', '\t', '\x7f', '\x9b', '\u202e', '\u2066', '\u2028', 'a', '"', '\\') }),
);
const value = fc.letrec((tie) => ({
  any: fc.oneof(
    { depthSize: 'small' },
    nasty,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('any'), { maxLength: 3 }),
    fc.dictionary(nasty, tie('any'), { maxKeys: 3 }),
  ),
})).any;

/** Members the reader knows (so their values are judged and quoted), or random ones. */
const key = fc.oneof(
  fc.constantFrom('id', 'title', 'name', 'type', 'tracks', 'tier', 'start', 'end', 'url', 'languages', 'location', 'color', 'timezone', 'sessions', 'version'),
  nasty,
);

/** A near-valid feed with random keys and values put at random places. */
const feedLike = fc
  .record({
    edits: fc.array(fc.tuple(fc.constantFrom('event', 'sessions.0', 'sessions.1', 'tracks.0', 'partners.0', 'stats.0', ''), key, value), { maxLength: 6 }),
    version: fc.constantFrom(1, 1, 1, 2, '1', null),
  })
  .map(({ edits, version }) => {
    const doc = smallFeed();
    doc.version = version;
    for (const [where, key, v] of edits) {
      const target = where.split('.').filter(Boolean).reduce((node, step) => node?.[step], doc);
      if (target && typeof target === 'object') target[key] = v;
    }
    return doc;
  });

test('validate on random feed-shaped documents: no control character printed, exit 0, 1, 2 or 3', async () => {
  await fc.assert(
    fc.asyncProperty(feedLike, fc.boolean(), async (doc, json) => {
      const { code, lines } = await validate(JSON.stringify(doc), json ? ['--json'] : []);
      assert.ok([0, 1, 2, 3].includes(code), `exit ${code}`);
      for (const line of lines) assert.ok(!hasControl(line), JSON.stringify(line));
      if (json) JSON.parse(lines[0]);
    }),
    { numRuns: 300 },
  );
});

test('validate on random text and random arguments: same', async () => {
  await fc.assert(
    fc.asyncProperty(fc.oneof(nasty, value.map((v) => JSON.stringify(v) ?? '')), fc.array(nasty, { maxLength: 3 }), async (text, args) => {
      const { code, lines } = await validate(text, args);
      assert.ok([0, 1, 2, 3].includes(code), `exit ${code}`);
      for (const line of lines) assert.ok(!hasControl(line), JSON.stringify(line));
    }),
    { numRuns: 300 },
  );
});
