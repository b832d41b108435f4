import { expect } from '@open-wc/testing';
import { prizesSponsoredBy, sessionsOrganizedBy } from '../../src/feed/involvement.js';
import { readFeed } from '../../src/feed/read.js';
import type { Feed } from '../../src/feed/types.js';
import { smallFeed } from './small-feed.js';

/** The small feed with three sessions: s1 by p2, s2 by nobody, s3 by p1 and p2. */
function feed(): Feed {
  const doc = smallFeed();
  doc.sessions.push({ ...doc.sessions[1], id: 's3', organizers: ['p1', 'p2'] });
  doc.prizes.push({ ...doc.prizes[0], id: 'other', sponsors: ['p1'] });
  return readFeed(doc, { baseUrl: 'https://example.org/feed.json' }).feed;
}

describe('sessionsOrganizedBy', () => {
  it("gives a partner's sessions in the feed's order", () => {
    expect(sessionsOrganizedBy(feed(), 'p2').map((s) => s.id)).to.deep.equal(['s1', 's3']);
    expect(sessionsOrganizedBy(feed(), ['p1']).map((s) => s.id)).to.deep.equal(['s3']);
  });

  it('gives each session once for several partners', () => {
    expect(sessionsOrganizedBy(feed(), new Set(['p1', 'p2'])).map((s) => s.id)).to.deep.equal(['s1', 's3']);
  });

  it('gives none for an unknown partner, no partner, or a feed without organizers', () => {
    expect(sessionsOrganizedBy(feed(), 'ghost')).to.deep.equal([]);
    expect(sessionsOrganizedBy(feed(), [])).to.deep.equal([]);
    const plain = smallFeed();
    delete (plain.sessions[0] as Record<string, unknown>).organizers;
    expect(sessionsOrganizedBy(readFeed(plain).feed, 'p2')).to.deep.equal([]);
  });

  it('does not throw on a feed-shaped object that was never read', () => {
    const odd = { sessions: [{ id: 'x', organizers: 'p1' }, { id: 'y' }] } as unknown as Feed;
    expect(sessionsOrganizedBy(odd, 'p1')).to.deep.equal([]);
    expect(sessionsOrganizedBy({} as Feed, 'p1')).to.deep.equal([]);
  });
});

describe('prizesSponsoredBy', () => {
  it("gives a partner's prizes in the feed's order", () => {
    expect(prizesSponsoredBy(feed(), 'p2').map((p) => p.id)).to.deep.equal(['prize']);
    expect(prizesSponsoredBy(feed(), ['p1', 'p2']).map((p) => p.id)).to.deep.equal(['prize', 'other']);
  });

  it('gives none for a partner that sponsors nothing', () => {
    expect(prizesSponsoredBy(feed(), 'ghost')).to.deep.equal([]);
    expect(prizesSponsoredBy({} as Feed, 'p1')).to.deep.equal([]);
  });
});
