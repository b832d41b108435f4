// The converters (src/convert) on real public exports and hand-made edge cases: every converted
// feed reads with no drop and no hint, and each source's rules hold.
//   node --import tsx --test test/convert/*.node.test.mjs
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { convert, convertCsv, ConvertError, parseSpeakers } from '../../src/convert/index.ts';
import { lintFeed } from '../../src/feed/lint.ts';
import { readFeed } from '../../src/feed/read.ts';

const fixture = (name) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');
const json = (name) => JSON.parse(fixture(name));

/** Converts, then checks the result reads clean and lints clean; returns {feed, notes, byId}. */
function converted(from, input, options) {
  const { feed, notes } = convert(from, input, options);
  const text = JSON.stringify(feed);
  const { warnings } = readFeed(JSON.parse(text), { baseUrl: 'https://example.org/feed.json' });
  assert.deepEqual(warnings, [], 'reads with no drop');
  assert.deepEqual(lintFeed(JSON.parse(text), feed), [], 'no hint');
  const byId = Object.fromEntries(feed.sessions.map((s) => [s.id, s]));
  return { feed, notes, text, byId };
}

const CASES = [
  ['frab', 'frab-camp2019.json', {}],
  ['frab', 'pretalx-democon.json', {}],
  ['frab', 'pretalx-rc3.json', { tz: 'Europe/Berlin' }],
  ['frab', 'frab-edge-cases.json', {}],
  ['frab', 'schedule2-hub-38c3.json', {}],
  ['sessionize', 'sessionize-edge-cases.json', { tz: 'Europe/Zurich', eventId: 'edge', eventName: 'Edge' }],
  ['indico', 'indico-docs-event-sessions.json', {}],
  ['indico', 'indico-docs-timetable.json', { eventName: 'Export Test' }],
  ['indico', 'indico-edge-cases.json', {}],
  ['csv', 'csv-edge-cases.csv', { tz: 'Europe/Zurich', eventId: 'edge', eventName: 'Edge' }],
];

for (const [from, name, options] of CASES) {
  test(`${name} (--from ${from}) converts to a feed that reads clean, with no private data`, () => {
    const input = from === 'csv' ? fixture(name) : json(name);
    const { feed, text } = converted(from, input, options);
    assert.ok(feed.sessions.length > 0);
    assert.doesNotMatch(text, /@example\.org|\+41 \d\d|answers|questionAnswers|biography|<script|javascript:/i);
  });
}

test('frab: guid ids, talk ends from date + duration, days past midnight, 26-hour durations, DST', () => {
  const { feed, byId } = converted('frab', json('frab-edge-cases.json'), {});
  const late = byId['aaaaaaaa-0000-4000-8000-000000000101'];
  assert.deepEqual([late.start, late.end], ['2024-10-26T22:30:00+02:00', '2024-10-27T00:30:00+02:00']);
  // No date, only "01:30" on a day that starts at 10:00: the next calendar day.
  const dateless = byId['aaaaaaaa-0000-4000-8000-000000000102'];
  assert.deepEqual([dateless.start, dateless.end], ['2024-10-27T01:30:00+02:00', '2024-10-27T02:15:00+02:00']);
  // 02:30 summer time + 1 h: the clocks went back at 03:00, so 02:30 winter time.
  const dst = byId['aaaaaaaa-0000-4000-8000-000000000103'];
  assert.deepEqual([dst.start, dst.end], ['2024-10-27T02:30:00+02:00', '2024-10-27T02:30:00+01:00']);
  const hack = byId['aaaaaaaa-0000-4000-8000-000000000104'];
  assert.equal(Date.parse(hack.end) - Date.parse(hack.start), 26 * 3600 * 1000);
  assert.equal(byId['105'].end, '2024-10-26T15:30:00+02:00', 'HH:MM:SS duration; integer id when no guid');
  assert.equal(feed.event.dayStart, '10:00');
  assert.equal(feed.event.timezone, 'Europe/Berlin');
});

test('frab: rooms with one guid stay two locations, in the source order; tracks keep source colours', () => {
  const { feed } = converted('frab', json('frab-edge-cases.json'), {});
  assert.deepEqual(feed.locations.map((l) => [l.id, l.order]), [['Main Hall', 1], ['Workshop Tent', 2]]);
  assert.deepEqual(feed.tracks.map((t) => [t.id, t.color]), [
    ['ethics-society', '#5a2d82'],
    ['hardware', '#00aa77'],
    ['newly-named-track', feed.tracks[2].color],
  ]);
  assert.match(feed.tracks[2].color, /^#[0-9a-f]{6}$/);
  // The colour of a name is stable: the same in another conversion.
  assert.equal(convert('frab', json('frab-edge-cases.json')).feed.tracks[2].color, feed.tracks[2].color);
});

test('frab: links resolved against base_url, recordings kept unless do_not_record, HTML reduced to Markdown', () => {
  const { byId } = converted('frab', json('frab-edge-cases.json'), {});
  const late = byId['aaaaaaaa-0000-4000-8000-000000000101'];
  assert.deepEqual(late.links, [
    { title: 'Slides', url: 'https://fahrplan.example.org/media/late-slides.pdf' },
    { title: 'Paper', url: 'https://fahrplan.example.org/2024/attachments/paper.pdf' },
  ]);
  assert.equal(late.url, 'https://fahrplan.example.org/2024/events/101.html');
  assert.equal(late.recordingUrl, 'https://media.ccc.de/v/edge24-101');
  assert.equal(
    late.description,
    '*and keeps going*\n\nRead [the slides](https://fahrplan.example.org/media/late-slides.pdf) & **more**.\n\n- first\n- second bad link',
  );
  const noRecord = byId['aaaaaaaa-0000-4000-8000-000000000103'];
  assert.equal(noRecord.recordingUrl, undefined);
  assert.deepEqual(noRecord.links, [{ title: 'Recording', url: 'https://media.ccc.de/v/edge24-103' }]);
  assert.deepEqual(byId['aaaaaaaa-0000-4000-8000-000000000104'].languages, ['en'], '"English" → en');
});

test('frab: the zone from time_zone_name, else --tz; offsets that disagree are noted, instants kept', () => {
  assert.throws(() => convert('frab', json('pretalx-rc3.json')), (e) => e instanceof ConvertError && /--tz/.test(e.message));
  const { feed, notes } = converted('frab', json('pretalx-democon.json'), {});
  assert.equal(feed.event.timezone, 'UTC');
  assert.match(notes.join('\n'), /carry offsets that are not UTC's/);
  const source = json('pretalx-democon.json').schedule.conference.days[0].rooms['Gray Room'][0];
  assert.equal(Date.parse(feed.sessions.find((s) => s.id === source.guid).start), Date.parse(source.date));
});

test('sessionize: local times in --tz across DST, speakers by id, categories, rooms by sort, left-out sessions noted', () => {
  const options = { tz: 'Europe/Zurich', eventId: 'edge', eventName: 'Edge' };
  const { feed, notes, byId } = converted('sessionize', json('sessionize-edge-cases.json'), options);
  assert.deepEqual([byId['1002'].start, byId['1002'].end], ['2024-03-31T01:30:00+01:00', '2024-03-31T03:30:00+02:00']);
  assert.deepEqual(byId['1002'].speakers, [{ name: 'Amina Example', role: 'Director, Example Agency' }, { name: 'Bo Example' }]);
  assert.deepEqual(byId['1002'].languages, ['fr']);
  assert.equal(byId['1002'].recordingUrl, 'https://video.example.org/1002');
  assert.equal(byId['1001'].streamUrl, 'https://stream.example.org/keynote');
  assert.deepEqual(feed.locations.map((l) => l.name), ['Plenary Hall', 'Room B']);
  assert.equal(byId['1003'].type, 'service-session');
  assert.equal(feed.sessionTypes.find((t) => t.id === byId['1001'].type).name, 'Keynote');
  assert.deepEqual(Object.keys(byId).sort(), ['1001', '1002', '1003']);
  assert.match(notes.join('\n'), /1 session not accepted; left out/);
  assert.match(notes.join('\n'), /1 session without a time; left out/);
});

test('sessionize: --map names other categories; --tz and the event are required', () => {
  const doc = json('sessionize-edge-cases.json');
  doc.categories[0].title = 'Thème';
  const options = { tz: 'Europe/Zurich', eventId: 'edge', eventName: 'Edge' };
  assert.equal(convert('sessionize', doc, options).feed.tracks, undefined);
  const mapped = convert('sessionize', doc, { ...options, map: { track: 'Thème' } }).feed;
  assert.deepEqual(mapped.tracks.map((t) => t.name), ['Digital Inclusion', 'Cybersecurity']);
  assert.throws(() => convert('sessionize', doc, { eventId: 'e', eventName: 'E' }), /--tz/);
  assert.throws(() => convert('sessionize', doc, { tz: 'Europe/Zurich' }), /--event-id/);
});

test('indico: date triplets in any export zone land right; conveners become moderators; unscheduled left out', () => {
  const { feed, notes, byId } = converted('indico', json('indico-edge-cases.json'), {});
  assert.equal(feed.event.timezone, 'Europe/Zurich');
  assert.deepEqual([feed.event.start, feed.event.end], ['2024-10-26', '2024-10-27']);
  // Asked in UTC: 07:00Z is 09:00 in Zurich (summer time); 00:30Z on the DST night is 02:30 +02:00.
  assert.equal(byId.c1.start, '2024-10-26T09:00:00+02:00');
  assert.deepEqual([byId.c3.start, byId.c3.end], ['2024-10-27T02:30:00+02:00', '2024-10-27T02:30:00+01:00']);
  assert.deepEqual(byId.c1.speakers, [{ name: 'Chair Example', organization: 'Example Union' }]);
  assert.deepEqual(byId.c3.moderators, [{ name: 'Mod Erator', organization: 'Example Institute' }]);
  assert.deepEqual(byId.c3.tracks, ['trust-and-security', 'cybersecurity']);
  assert.equal(feed.tracks[0].color, '#1a5276');
  assert.equal(byId.c3.location, 'Room 2', 'a contribution without a room is in its block’s');
  assert.equal(byId.c4.location, 'Room 3');
  assert.equal(byId.b78.title, 'Networking lunch', 'a block without contributions is a session itself');
  assert.equal(byId.c2, undefined);
  assert.match(notes.join('\n'), /1 unscheduled contribution left out/);
  // The same export asked in another zone gives the same instants.
  const shifted = json('indico-edge-cases.json');
  shifted.results[0].contributions[0].startDate = { date: '2024-10-26', time: '03:00:00', tz: 'America/New_York' };
  assert.equal(convert('indico', shifted).feed.sessions.find((s) => s.id === 'c1').start, '2024-10-26T09:00:00+02:00');
});

test('csv: BOM, semicolons, quoted newlines, an end before the start, minutes, DST, speakers', () => {
  const options = { tz: 'Europe/Zurich', eventId: 'edge', eventName: 'Edge' };
  const { feed, notes, byId } = converted('csv', fixture('csv-edge-cases.csv'), options);
  assert.equal(byId.opening.description, 'First paragraph.\n\nSecond paragraph with [a link](https://example.org)');
  assert.deepEqual(byId.opening.speakers, [{ name: 'Doreen Example', organization: 'ITU', country: 'CH' }, { name: 'Ahmed Example' }]);
  const late = byId['2024-03-30-23-30-late-workshop'];
  assert.deepEqual([late.start, late.end], ['2024-03-30T23:30:00+01:00', '2024-03-31T00:45:00+01:00']);
  assert.deepEqual(late.languages, ['en', 'fr']);
  assert.deepEqual(late.tracks, ['cybersecurity', 'digital-inclusion']);
  const dst = byId['2024-03-31-01-30-across-the-spring-dst-change'];
  assert.deepEqual([dst.start, dst.end], ['2024-03-31T01:30:00+01:00', '2024-03-31T04:30:00+02:00']);
  const hack = byId['2024-03-31-10-00-hackathon-26-hours'];
  assert.equal(Date.parse(hack.end) - Date.parse(hack.start), 1560 * 60000);
  assert.equal(hack.description, 'HTML in a **spreadsheet**');
  assert.equal(feed.sessions.length, 4);
  assert.match(notes.join('\n'), /row 6: no date/);
  assert.match(notes.join('\n'), /"www\.example\.org\/dst" is not an http\(s\) URL/);
});

test('csv: columns in any order, commas, renamed headers with --map; required options', () => {
  const text = 'Session title,duration,start,date\n"Talk, with a comma",45,14:00,2024-05-02\n';
  const { feed } = converted('csv', text, { tz: 'Asia/Tokyo', eventId: 'e', eventName: 'E', map: { columns: { 'Session title': 'title' } } });
  assert.deepEqual([feed.sessions[0].title, feed.sessions[0].start, feed.sessions[0].end], ['Talk, with a comma', '2024-05-02T14:00:00+09:00', '2024-05-02T14:45:00+09:00']);
  assert.throws(() => convertCsv(text, { tz: 'Asia/Tokyo', eventId: 'e', eventName: 'E' }), /lacks title/);
  assert.throws(() => convertCsv(text, { eventId: 'e', eventName: 'E' }), /--tz/);
  assert.throws(() => convertCsv(text, { tz: 'Mars/Olympus', eventId: 'e', eventName: 'E', map: { columns: { 'Session title': 'title' } } }), /unknown time zone/);
});

test('the template in docs/ converts clean', () => {
  const text = readFileSync(new URL('../../docs/programme-template.csv', import.meta.url), 'utf8');
  const { feed } = converted('csv', text, { tz: 'Europe/Zurich', eventId: 'wsis-forum-2021', eventName: 'WSIS Forum 2021' });
  assert.ok(feed.sessions.length >= 3);
});

test('speakers: name, organization and country', () => {
  assert.deepEqual(parseSpeakers('A (Org, Sub-org, FR); B (Org only); C'), [
    { name: 'A', organization: 'Org, Sub-org', country: 'FR' },
    { name: 'B', organization: 'Org only' },
    { name: 'C' },
  ]);
});

test('ids: colliding slugs are numbered; e-mail addresses are removed from text', () => {
  const text = 'date,start,end,title,track,description\n2024-05-02,09:00,10:00,One,A B,Write to someone@example.org\n2024-05-02,09:00,10:00,One,a-b,\n';
  const { feed, notes } = converted('csv', text, { tz: 'UTC', eventId: 'e', eventName: 'E' });
  assert.deepEqual(feed.sessions.map((s) => s.id), ['2024-05-02-09-00-one', '2024-05-02-09-00-one-2']);
  assert.deepEqual(feed.tracks.map((t) => t.id), ['a-b', 'a-b-2']);
  assert.equal(feed.sessions[0].description, 'Write to [e-mail address removed]');
  assert.match(notes.join('\n'), /1 e-mail address removed/);
});

test('frab: schedule2 (one list of events) too: speakers only from participants, typed links titled', () => {
  const { byId } = converted('frab', json('schedule2-hub-38c3.json'), {});
  const opening = byId['270fa44c-821a-577f-8ca3-33e8d4a8c2a7'];
  assert.deepEqual([opening.start, opening.end, opening.location], ['2024-12-27T10:30:00+01:00', '2024-12-27T11:00:00+01:00', 'Saal 1']);
  assert.deepEqual(opening.speakers, [{ name: 'Gabriela Bogk' }, { name: 'Aline Blankertz' }]);
  assert.deepEqual(opening.links, [
    { title: 'foo bar', url: 'https://example.net/' },
    { title: 'Slides', url: 'https://example.net/foo/bar/1235.pdf' },
  ]);
});
