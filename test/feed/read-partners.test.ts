import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/feed/errors.js';
import { readFeed } from '../../src/feed/read.js';
import { readPartnerFeed } from '../../src/feed/read-partners.js';
import type { FeedWarning } from '../../src/feed/types.js';
import { smallFeed } from './small-feed.js';

// The badge's reader (event, tiers, partners) against the full reader: the same rules for the
// sections it reads, nothing about the others.

const BASE = 'https://feeds.example.org/wsis/2021/feed.json';
type Doc = ReturnType<typeof smallFeed> & Record<string, unknown>;
const lines = (warnings: FeedWarning[]) => warnings.map((w) => `${w.path}: ${w.message}`);

/** A small feed with faults in every section, the badge's and the others. */
function faulty(): Doc {
  const doc = smallFeed() as Doc;
  doc.event.url = 'javascript:alert(1)';
  doc.tiers.push({ id: 'bronze', name: 'Bronze', rank: 0 }, { id: 'gold', name: 'Gold again', rank: 3 });
  doc.partners.push(
    { id: 'p3', name: 'Partner three', tier: 'platinum' },
    { id: 'p4', tier: 'gold' },
    { id: 'p5', name: 'Partner five', tier: 'silver', logo: 'vbscript:x', url: 'site/p5.html' },
    { id: 'p1', name: 'Partner one again', tier: 'gold' },
  );
  doc.sessions.push({ id: 's3', title: 'No start', end: '2021-03-23T15:30:00+01:00' });
  doc.stats.push({ id: 'bad', label: 'Bad', value: -1 });
  return doc;
}

function refusal(read: () => unknown): FeedError {
  try {
    read();
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('the document was not refused');
}

describe('readPartnerFeed (the badge reader)', () => {
  it('drops a bad tier or partner with a warning, as readFeed does, and keeps the rest', () => {
    const { feed, warnings } = readPartnerFeed(faulty(), { baseUrl: BASE });
    expect(feed.tiers.map((t) => t.id)).to.deep.equal(['gold', 'silver']);
    expect(feed.partners.map((p) => p.id)).to.deep.equal(['p1', 'p2', 'p5']);
    expect(feed.partners[2].url).to.equal('https://feeds.example.org/wsis/2021/site/p5.html');
    expect(feed.partners[2]).to.not.have.property('logo');
    expect(feed.event).to.not.have.property('url');
    expect(lines(warnings)).to.deep.equal([
      'event.url: a URL with the forbidden scheme javascript:; field dropped',
      'tiers[2].rank: not an integer ≥ 1; item dropped',
      'tiers[3].id: duplicate id "gold" (the first one is kept); item dropped',
      'partners[3].name: missing; item dropped',
      'partners[4].logo: a URL with the forbidden scheme vbscript:; field dropped',
      'partners[5].id: duplicate id "p1" (the first one is kept); item dropped',
      'partners[2].tier: unknown tier "platinum"; item dropped',
    ]);
  });

  it('reads the event, tiers and partners exactly as readFeed, and leaves the other sections empty', () => {
    const full = readFeed(faulty(), { baseUrl: BASE });
    const lean = readPartnerFeed(faulty(), { baseUrl: BASE });
    expect(lean.feed.event).to.deep.equal(full.feed.event);
    expect(lean.feed.tiers).to.deep.equal(full.feed.tiers);
    expect(lean.feed.partners).to.deep.equal(full.feed.partners);
    expect(lines(lean.warnings)).to.deep.equal(lines(full.warnings).filter((line) => /^(event|tiers|partners)\b/.test(line)));
    // The full reader saw the faults of the other sections; the badge's did not look at them.
    expect(lines(full.warnings).some((line) => line.startsWith('sessions[2]'))).to.equal(true);
    for (const list of ['sessionTypes', 'tracks', 'locations', 'sessions', 'prizes', 'stats'] as const) {
      expect(lean.feed[list], list).to.deep.equal([]);
    }
  });

  it('a good document: only what it read, never the other sections as they are in the document', () => {
    const { feed, warnings } = readPartnerFeed(smallFeed(), { baseUrl: BASE });
    expect(warnings).to.deep.equal([]);
    expect(Object.keys(feed).sort()).to.deep.equal(
      ['event', 'locations', 'partners', 'prizes', 'sessionTypes', 'sessions', 'stats', 'tiers', 'tracks', 'version'],
    );
    expect(feed.sessions).to.deep.equal([]);
    expect(feed.prizes).to.deep.equal([]);
    expect(feed.partners.map((p) => p.id)).to.deep.equal(['p1', 'p2']);
    expect(feed).to.not.have.property('generated');
  });

  it('refuses what readFeed refuses, with the same kind and words', () => {
    const cases: [string, unknown][] = [
      ['version 2', { ...smallFeed(), version: 2 }],
      ['no version', { ...smallFeed(), version: undefined }],
      ['an array', [smallFeed()]],
      ['no event', { ...smallFeed(), event: undefined }],
      ['an event without a name', { ...smallFeed(), event: { ...smallFeed().event, name: undefined } }],
      ['an unknown time zone', { ...smallFeed(), event: { ...smallFeed().event, timezone: 'Mars/Olympus' } }],
    ];
    for (const [what, doc] of cases) {
      const lean = refusal(() => readPartnerFeed(doc, { baseUrl: BASE }));
      const full = refusal(() => readFeed(doc, { baseUrl: BASE }));
      expect([lean.kind, lean.message], what).to.deep.equal([full.kind, full.message]);
    }
    const version = refusal(() => readPartnerFeed({ ...smallFeed(), version: 2 }));
    expect(version.kind).to.equal('version');
    expect(version.message).to.equal('The feed\'s "version" is 2; this widget reads feed version 1 only (a newer widget may be needed).');
  });

  it('never changes the caller\'s object', () => {
    const doc = faulty();
    const before = JSON.stringify(doc);
    readPartnerFeed(doc, { baseUrl: BASE });
    expect(JSON.stringify(doc)).to.equal(before);
  });
});
