import { expect } from '@open-wc/testing';
import type { Session, Track } from '../../src/feed/types.js';
import {
  countByTrack,
  filterTracks,
  groupByTrack,
  nextBoundary,
  parseInstant,
  parseList,
  parseStatuses,
  splitAtNow,
  validColor,
} from '../../src/special-tracks/derive.js';
import { formatCount, formatYears, pluralOf } from '../../src/special-tracks/format.js';

const track = (id: string, status?: Track['status']): Track => ({ id, name: id, status });
const session = (id: string, tracks: string[]): Session => ({
  id,
  title: id,
  tracks,
  start: '2021-03-22T10:00:00+01:00',
  end: '2021-03-22T11:00:00+01:00',
});

describe('special tracks: derived data', () => {
  it('reads comma-separated lists, trimmed, without empty items', () => {
    expect(parseList(' youth, cybersecurity ,,')).to.deep.equal(['youth', 'cybersecurity']);
    expect(parseList('')).to.deep.equal([]);
    expect(parseList(undefined)).to.deep.equal([]);
    expect(parseStatuses('New, CONTINUING')).to.deep.equal(['new', 'continuing']);
  });

  it('filters tracks by id and status, keeping feed order', () => {
    const tracks = [track('a', 'new'), track('b', 'continuing'), track('c'), track('d', 'concluded')];
    expect(filterTracks(tracks, [], []).map((t) => t.id)).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(filterTracks(tracks, ['d', 'a'], []).map((t) => t.id)).to.deep.equal(['a', 'd']);
    expect(filterTracks(tracks, [], ['continuing', 'concluded']).map((t) => t.id)).to.deep.equal(['b', 'd']);
    expect(filterTracks(tracks, ['a'], ['concluded'])).to.deep.equal([]);
    expect(filterTracks(tracks, [], ['ended'])).to.deep.equal([]);
  });

  it('counts a session once per track, even if it names the track twice', () => {
    const counts = countByTrack([session('1', ['a', 'a', 'b']), session('2', ['a']), session('3', [])]);
    expect(Object.fromEntries(counts)).to.deep.equal({ a: 2, b: 1 });
    const groups = groupByTrack([session('1', ['a', 'b']), session('2', ['a'])], (s) => s.tracks ?? []);
    expect(groups.get('a')!.map((s) => s.id)).to.deep.equal(['1', '2']);
  });

  it('puts a session in the past once it has ended, and finds the next end', () => {
    const items = [{ end: 100 }, { end: 200 }, { end: 300 }];
    const { upcoming, past } = splitAtNow(items, 200);
    expect(past).to.deep.equal([{ end: 100 }, { end: 200 }]);
    expect(upcoming).to.deep.equal([{ end: 300 }]);
    expect(nextBoundary(items, 150)).to.equal(200);
    expect(nextBoundary(items, 300)).to.equal(undefined);
  });

  it('accepts only #rrggbb colours', () => {
    expect(validColor('#ABCDEF')).to.equal('#abcdef');
    for (const bad of ['#abc', 'red', '#12345g', ' #123456', '#1234567', 'url(x)', 42, undefined]) {
      expect(validColor(bad), String(bad)).to.equal(undefined);
    }
  });

  it('reads the `now` attribute, ignoring what is not a date-time', () => {
    expect(parseInstant('2021-03-22T10:00:00+01:00')).to.equal(Date.UTC(2021, 2, 22, 9));
    expect(parseInstant('soon')).to.equal(undefined);
    expect(parseInstant('')).to.equal(undefined);
  });

  it('formats years as a sorted localized list without grouping, and counts with plurals', () => {
    expect(formatYears([2022, 2021, 2022], 'en')).to.equal('2021 and 2022');
    expect(formatYears([2021, 2022], 'fr')).to.equal('2021 et 2022');
    expect(formatYears([2021], 'fr-CH')).to.equal('2021');
    expect(formatCount(12345, 'en')).to.equal('12,345');
    expect(pluralOf(1, 'en')).to.equal('one');
    expect(pluralOf(2, 'ar')).to.equal('two');
    expect(pluralOf(5, 'ru')).to.equal('many');
  });
});
