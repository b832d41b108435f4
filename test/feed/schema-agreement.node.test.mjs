// The JSON Schema (dist/feed.schema.json, generated from the same schema as the reader) and the
// runtime reader agree over a corpus: a document is valid for ajv exactly when the reader reads
// it with no refusal and no drop — except for the checks JSON Schema cannot express (unique ids,
// references, an end after its start, a time zone the runtime knows), which only the reader makes.
//
// Runs in Node (ajv is CommonJS, which the browser test runner does not load):
//   node --import tsx --test test/feed/*.node.test.mjs
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { synthesizeFeed } from '../../scripts/feed-synth.mjs';
import { feedJsonSchema } from '../../src/feed/json-schema.ts';
import { readFeed } from '../../src/feed/read.ts';
import { smallFeed } from './small-feed.ts';

const ajv = new Ajv2020({ strict: true, allErrors: true });
const validate = ajv.compile(feedJsonSchema());
const READER_ONLY = /duplicate id|unknown (session type|track|tier|category|partner)|not later than start|before start|unknown time zone/;

const steps = (path) => path.split(/\.|\[(\d+)\]/).filter((x) => x !== undefined && x !== '').map((x) => (/^\d+$/.test(x) ? Number(x) : x));
const get = (doc, path) => steps(path).reduce((node, key) => node?.[key], doc);
function set(doc, path, value) {
  const keys = steps(path);
  const last = keys.pop();
  get(doc, keys.join('.').replace(/\.(\d+)/g, '[$1]'))[last] = value;
  return true;
}

/** 'valid' | 'reader-only' (only checks JSON Schema cannot make) | 'invalid' */
function readerVerdict(doc) {
  try {
    const { warnings } = readFeed(structuredClone(doc), { baseUrl: 'https://example.org/feed.json' });
    if (!warnings.length) return 'valid';
    if (!warnings.every((w) => READER_ONLY.test(w.message))) return 'invalid';
    // A duplicate or an end before its start drops the whole item, and so hides its other faults
    // (only the reason for the drop is reported): put those right and judge again.
    const fixed = structuredClone(doc);
    let patched = false;
    for (const { path, message } of warnings) {
      if (/duplicate id/.test(message)) patched = set(fixed, path, `${get(fixed, path)}~${path}`);
      else if (/not later than start/.test(message)) patched = set(fixed, path, '2999-01-01T00:00:00Z');
    }
    return patched && readerVerdict(fixed) === 'invalid' ? 'invalid' : 'reader-only';
  } catch (error) {
    if (error.name !== 'FeedError') throw error;
    if (!READER_ONLY.test(error.message)) return 'invalid';
    // Refused for a reader-only reason: judge the rest with that one thing put right.
    const fixed = structuredClone(doc);
    if (/unknown time zone/.test(error.message)) fixed.event.timezone = 'UTC';
    else fixed.event.end = fixed.event.start;
    return readerVerdict(fixed) === 'invalid' ? 'invalid' : 'reader-only';
  }
}

function agree(doc, label) {
  const schemaValid = validate(doc);
  const reader = readerVerdict(doc);
  if (reader === 'reader-only') return assert.equal(schemaValid, true, `${label}: ajv refuses what only the reader checks: ${ajv.errorsText(validate.errors)}`);
  assert.equal(
    schemaValid,
    reader === 'valid',
    `${label}: ajv says ${schemaValid ? 'valid' : `invalid (${ajv.errorsText(validate.errors)})`}, the reader ${reader}`,
  );
}

/** One-change variants of the small feed: one per rule of the contract. */
function variants() {
  const list = [];
  const add = (label, change) => {
    const doc = smallFeed();
    change(doc);
    list.push([label, doc]);
  };
  add('as is', () => {});
  add('no version', (d) => delete d.version);
  add('version 2', (d) => (d.version = 2));
  add('version "1"', (d) => (d.version = '1'));
  add('no event', (d) => delete d.event);
  add('event without name', (d) => delete d.event.name);
  add('event start not a date', (d) => (d.event.start = '2021-3-22'));
  add('event end before start', (d) => (d.event.end = '2021-03-01'));
  add('unknown time zone', (d) => (d.event.timezone = 'Mars/Base'));
  add('event url javascript:', (d) => (d.event.url = 'javascript:alert(1)'));
  add('event logo data:image', (d) => (d.event.logo = 'data:image/png;base64,AA=='));
  add('generated without offset', (d) => (d.generated = '2021-03-01T12:00:00'));
  add('sessions not an array', (d) => (d.sessions = {}));
  add('session without start', (d) => delete d.sessions[0].start);
  add('session start without offset', (d) => (d.sessions[0].start = '2021-03-22T09:00:00'));
  add('session end = start', (d) => (d.sessions[0].end = d.sessions[0].start));
  add('session empty id', (d) => (d.sessions[0].id = ''));
  add('duplicate session id', (d) => d.sessions.push({ ...d.sessions[0] }));
  add('unknown session type', (d) => (d.sessions[0].type = 'keynote'));
  add('unknown track', (d) => (d.sessions[0].tracks = ['ghost']));
  add('action line C12', (d) => (d.sessions[0].actionLines = ['C12']));
  add('format telepathic', (d) => (d.sessions[0].format = 'telepathic'));
  add('status maybe', (d) => (d.sessions[0].status = 'maybe'));
  add('session url vbscript:', (d) => (d.sessions[0].url = 'vbscript:x'));
  add('session url relative', (d) => (d.sessions[0].url = '../s1.html'));
  add('session url data:image', (d) => (d.sessions[0].url = 'data:image/png;base64,AA=='));
  add('session url with blanks before javascript:', (d) => (d.sessions[0].url = ' \tjavascript:alert(1)'));
  add('speaker without name', (d) => (d.sessions[0].speakers = [{ role: 'x' }]));
  add('speaker country lower case', (d) => (d.sessions[0].speakers[0].country = 'ch'));
  add('text map with a number', (d) => (d.sessions[0].title = { en: 'x', fr: 1 }));
  add('empty text map', (d) => (d.sessions[0].title = {}));
  add('text as a number', (d) => (d.sessions[0].location = 5));
  add('track colour red', (d) => (d.tracks[0].color = 'red'));
  add('track editions as strings', (d) => (d.tracks[0].editions = ['2021']));
  add('tier rank 0', (d) => (d.tiers[0].rank = 0));
  add('tier rank 1.5', (d) => (d.tiers[0].rank = 1.5));
  add('partner unknown tier', (d) => (d.partners[0].tier = 'platinum'));
  add('partner logo data:image', (d) => (d.partners[0].logo = 'data:image/svg+xml,%3Csvg/%3E'));
  add('partner logo data:text', (d) => (d.partners[0].logo = 'data:text/html,x'));
  add('prize without year', (d) => delete d.prizes[0].year);
  add('prize without awards', (d) => delete d.prizes[0].awards);
  add('prize with no awards', (d) => (d.prizes[0].awards = []));
  add('award rank gold', (d) => (d.prizes[0].awards[0].rank = 'gold'));
  add('award unknown category', (d) => (d.prizes[0].awards[0].category = 'ghost'));
  add('session unknown organizer', (d) => (d.sessions[0].organizers = ['p1', 'ghost']));
  add('prize unknown sponsor', (d) => (d.prizes[0].sponsors = ['ghost']));
  add('organizers not a list', (d) => (d.sessions[0].organizers = 'p1'));
  add('sponsor not an id', (d) => (d.prizes[0].sponsors = ['']));
  add('award image data:image', (d) => (d.prizes[0].awards[0].image = 'data:image/gif;base64,R0lG'));
  add('stat value negative', (d) => (d.stats[0].value = -1));
  add('stat value string', (d) => (d.stats[0].value = '5'));
  add('stat qualifier roughly', (d) => (d.stats[0].qualifier = 'roughly'));
  add('unknown fields', (d) => ((d.extra = [1, 2]), (d.sessions[0].extra = { a: 1 })));
  return list;
}

test('the JSON Schema is valid JSON Schema 2020-12 (ajv strict mode compiles it)', () => {
  assert.equal(typeof validate, 'function');
  assert.equal(feedJsonSchema().$schema, 'https://json-schema.org/draft/2020-12/schema');
});

test('JSON Schema and reader agree on the demo feed and synthetic feeds', () => {
  const demo = JSON.parse(readFileSync(new URL('../../demo/feeds/wsis-forum-2021.json', import.meta.url), 'utf8'));
  agree(demo, 'demo feed');
  assert.equal(readerVerdict(demo), 'valid');
  for (const seed of [1, 2, 3]) agree(synthesizeFeed({ sessions: 300, seed }), `synthetic seed ${seed}`);
});

test('JSON Schema and reader agree on a variant for every rule of the contract', () => {
  const seen = new Set();
  for (const [label, doc] of variants()) {
    agree(doc, label);
    seen.add(readerVerdict(doc));
  }
  assert.deepEqual([...seen].sort(), ['invalid', 'reader-only', 'valid']);
});

test('JSON Schema and reader agree on feed-shaped junk (fast-check)', () => {
  const junk = fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom('', 'x', 'javascript:alert(1)', 'data:image/png;base64,AA', 'a/b.html', '2021-03-22T09:00:00+01:00', '2021-03-22', '#00ff00', 'CH', 'C3', 'en-GB', 'winner', 'online'),
    fc.constantFrom(0, -1, 1, 2, 1.5, 2021),
  );
  const feedShaped = fc.array(fc.tuple(fc.nat(), fc.option(junk, { nil: undefined })), { minLength: 1, maxLength: 4 }).map((changes) => {
    const doc = smallFeed();
    const slots = [];
    const walk = (node) => {
      if (Array.isArray(node)) node.forEach((v, i) => (slots.push([node, i]), walk(v)));
      else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) slots.push([node, k]), walk(v);
    };
    walk(doc);
    for (const [at, value] of changes) {
      const [holder, key] = slots[at % slots.length];
      if (value === undefined && !Array.isArray(holder)) delete holder[key];
      else holder[key] = value;
    }
    return JSON.parse(JSON.stringify(doc));
  });
  fc.assert(fc.property(feedShaped, (doc) => agree(doc, JSON.stringify(doc))), { numRuns: 2000 });
});
