import { expect } from '@open-wc/testing';
import type { Stat } from '../../src/feed/types.js';
import { mergeStats, readLiveDocument, type LiveStat } from '../../src/stats-counter/live-document.js';

describe('readLiveDocument (stats counter)', () => {
  it('refuses a document that is not a version 1 live statistics document', () => {
    expect(readLiveDocument(null)).to.be.undefined;
    expect(readLiveDocument([])).to.be.undefined;
    expect(readLiveDocument({ version: 2, stats: [] })).to.be.undefined;
    expect(readLiveDocument({ version: 1 })).to.be.undefined;
    expect(readLiveDocument({ version: '1', stats: [] })).to.be.undefined;
  });

  it('skips figures without a usable id or value, and repeated ids (the first wins)', () => {
    const doc = readLiveDocument({
      version: 1,
      stats: [
        { id: 'a', value: 1 },
        { id: '', value: 2 },
        { value: 3 },
        { id: 'b', value: -1 },
        { id: 'c', value: Infinity },
        { id: 'd', value: '4' },
        { id: 'a', value: 5 },
        'e',
        { id: 'f', value: 0 },
      ],
    });
    expect(doc!.stats).to.deep.equal([
      { id: 'a', value: 1 },
      { id: 'f', value: 0 },
    ]);
  });

  it('keeps good optional fields and drops bad ones', () => {
    const doc = readLiveDocument({
      version: 1,
      generated: 'yesterday',
      stats: [
        { id: 'a', value: 1, label: { en: 'A', fr: 'A' }, qualifier: 'about', unit: '%', description: 'Desc' },
        { id: 'b', value: 2, label: 42, qualifier: 'roughly', unit: ['x'], description: { en: 7 } },
      ],
    });
    expect(doc!.generated).to.be.undefined;
    expect(doc!.stats).to.deep.equal([
      { id: 'a', value: 1, label: { en: 'A', fr: 'A' }, qualifier: 'about', unit: '%', description: 'Desc' },
      { id: 'b', value: 2 },
    ]);
    expect(readLiveDocument({ version: 1, generated: '2021-03-22T10:00:00Z', stats: [] })!.generated).to.equal(
      '2021-03-22T10:00:00Z',
    );
  });
});

describe('mergeStats (stats counter)', () => {
  const feed: Stat[] = [
    { id: 'attendees', label: 'Attendees', value: 50000, qualifier: 'over' },
    { id: 'countries', label: 'Countries', value: 185 },
  ];

  it('updates figures by id, keeps the fields a live figure leaves out, and keeps feed order', () => {
    const live = new Map<string, LiveStat>([['attendees', { id: 'attendees', value: 51234 }]]);
    expect(mergeStats(feed, live)).to.deep.equal([
      { id: 'attendees', label: 'Attendees', value: 51234, qualifier: 'over' },
      { id: 'countries', label: 'Countries', value: 185 },
    ]);
  });

  it('adds new labelled figures after the feed’s, and skips new ones without a label', () => {
    const live = new Map<string, LiveStat>([
      ['speakers', { id: 'speakers', value: 870, label: 'Speakers' }],
      ['nameless', { id: 'nameless', value: 3 }],
      ['countries', { id: 'countries', value: 186, qualifier: 'exact' }],
    ]);
    expect(mergeStats(feed, live).map((stat) => [stat.id, stat.value, stat.qualifier])).to.deep.equal([
      ['attendees', 50000, 'over'],
      ['countries', 186, 'exact'],
      ['speakers', 870, undefined],
    ]);
  });
});
