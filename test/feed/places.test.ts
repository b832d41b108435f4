import { expect } from '@open-wc/testing';
import { conferenceDay, locationIndex, placeOf } from '../../src/feed/places.js';
import { readFeed } from '../../src/feed/read.js';
import { smallFeed } from './small-feed.js';

describe('feed v1 additions: links, locations, dayStart', () => {
  it('reads links, locations and dayStart, and drops only what is wrong in them', () => {
    const doc = smallFeed() as unknown as Record<string, unknown> & { event: Record<string, unknown>; sessions: Record<string, unknown>[] };
    doc.event.dayStart = '04:00';
    doc.locations = [
      { id: 'tent', name: 'Tent', order: 2 },
      { id: 'hall', name: { en: 'Main hall', fr: 'Grande salle' }, order: 1 },
      { id: 'nameless' },
    ];
    doc.sessions[0].location = 'hall';
    doc.sessions[0].links = [
      { title: 'Slides', url: 'slides/s1.pdf' },
      { title: 'Bad', url: 'javascript:alert(1)' },
      { url: 'https://example.org/untitled' },
    ];
    const { feed, warnings } = readFeed(doc, { baseUrl: 'https://example.org/feed/' });
    expect(feed.event.dayStart).to.equal('04:00');
    expect(feed.sessions[0].links).to.deep.equal([{ title: 'Slides', url: 'https://example.org/feed/slides/s1.pdf' }]);
    expect(feed.locations.map((l) => l.id)).to.deep.equal(['tent', 'hall']);
    expect(warnings.map((w) => `${w.path}: ${w.message}`)).to.deep.equal([
      'locations[2].name: missing; item dropped',
      'sessions[0].links[1].url: a URL with the forbidden scheme javascript:; item dropped',
      'sessions[0].links[2].title: missing; item dropped',
    ]);
    const bad = readFeed({ ...doc, event: { ...doc.event, dayStart: '25:00' } }, { baseUrl: 'https://example.org/' });
    expect(bad.feed.event.dayStart).to.equal(undefined);
    expect(bad.warnings[0]).to.deep.equal({ path: 'event.dayStart', message: 'not a time of day (HH:MM); field dropped' });
  });

  it('resolves a session location id to its place, in the locations order; free text stays text', () => {
    const index = locationIndex({
      locations: [
        { id: 'tent', name: 'Tent', order: 2 },
        { id: 'hall', name: 'Main hall', order: 1 },
        { id: 'annex', name: 'Annex' },
      ],
    });
    expect(placeOf({ location: 'hall' }, index)).to.deep.equal({ id: 'hall', name: 'Main hall', order: 0 });
    expect(placeOf({ location: 'annex' }, index)!.order).to.equal(2);
    expect(placeOf({ location: 'Zoom' }, index)).to.deep.include({ name: 'Zoom' });
    expect(placeOf({ location: 'Zoom' }, index)!.id).to.equal(undefined);
    expect(placeOf({}, index)).to.equal(undefined);
  });

  it('groups a session before dayStart with the day before, across a month end', () => {
    expect(conferenceDay('2024-11-01', 90, '04:00')).to.equal('2024-10-31');
    expect(conferenceDay('2024-11-01', 240, '04:00')).to.equal('2024-11-01');
    expect(conferenceDay('2024-11-01', 90, undefined)).to.equal('2024-11-01');
  });
});
