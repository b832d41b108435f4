import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/feed/errors.js';
import { readFeed, readLiveStats, type ReadResult } from '../../src/feed/read.js';
import type { FeedWarning } from '../../src/feed/types.js';
import { smallFeed } from './small-feed.js';

// One test (at least) per rule of the contract (docs/feed.md), each with a small feed.

const BASE = 'https://feeds.example.org/wsis/2021/feed.json';
type Doc = ReturnType<typeof smallFeed> & Record<string, unknown>;

/** Reads a variant of the small feed made by `change`. */
function readWith(change: (doc: Doc) => void): ReadResult {
  const doc = smallFeed() as Doc;
  change(doc);
  return readFeed(doc, { baseUrl: BASE });
}

function refusal(value: unknown): FeedError {
  try {
    readFeed(value, { baseUrl: BASE });
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('the document was not refused');
}

const paths = (warnings: FeedWarning[]) => warnings.map((w) => w.path);
const lines = (warnings: FeedWarning[]) => warnings.map((w) => `${w.path}: ${w.message}`);

describe('readFeed: a good document', () => {
  it('reads the small feed with no warnings and keeps every item', () => {
    const { feed, warnings } = readFeed(smallFeed(), { baseUrl: BASE });
    expect(warnings).to.deep.equal([]);
    expect(feed.sessions.map((s) => s.id)).to.deep.equal(['s1', 's2']);
    expect(feed.partners.map((p) => p.id)).to.deep.equal(['p1', 'p2']);
    expect(feed.prizes[0].awards.map((a) => a.id)).to.deep.equal(['a1', 'a2']);
    expect(feed.stats[0]).to.deep.equal({ id: 'attendees', label: 'Attendees', value: 50000, qualifier: 'over' });
  });

  it('reads absent lists as empty lists', () => {
    const { feed, warnings } = readFeed({ version: 1, event: smallFeed().event });
    expect(warnings).to.deep.equal([]);
    for (const key of ['sessionTypes', 'tracks', 'sessions', 'tiers', 'partners', 'prizes', 'stats'] as const) {
      expect(feed[key], key).to.deep.equal([]);
    }
  });

  it('ignores unknown fields, so a newer publisher does not break an older widget', () => {
    const { feed, warnings } = readWith((doc) => {
      doc.futureField = { anything: true };
      (doc.sessions[0] as Record<string, unknown>).hologram = 'yes';
      (doc.event as Record<string, unknown>).sponsorLevel = 7;
    });
    expect(warnings).to.deep.equal([]);
    expect(feed.sessions).to.have.length(2);
  });

  it('never changes the object it was given', () => {
    const doc = smallFeed() as Doc;
    doc.sessions[0].type = 'nope';
    doc.sessions[0].url = '/relative';
    doc.partners[0].tier = 'ghost';
    doc.prizes[0].awards[0].category = 'ghost';
    const before = JSON.stringify(doc);
    readFeed(doc, { baseUrl: BASE });
    expect(JSON.stringify(doc)).to.equal(before);
  });
});

describe('readFeed: whole-document refusals', () => {
  it('refuses a value that is not an object', () => {
    for (const value of [null, 'feed', 42, [], true]) {
      expect(refusal(value).kind, JSON.stringify(value)).to.equal('schema');
    }
    expect(refusal([]).message).to.contain('not a JSON object (it is an array)');
  });

  it('refuses a missing or unknown version, naming the versions understood', () => {
    const missing = refusal({ event: smallFeed().event });
    expect(missing.kind).to.equal('version');
    expect(missing.message).to.equal('The feed\'s "version" is missing; this widget reads feed version 1 only.');
    const newer = refusal({ ...smallFeed(), version: 2 });
    expect(newer.kind).to.equal('version');
    expect(newer.message).to.contain('is 2; this widget reads feed version 1 only (a newer widget may be needed)');
    expect(refusal({ ...smallFeed(), version: '1' }).kind).to.equal('version');
    expect(refusal({ ...smallFeed(), version: 1.5 }).kind).to.equal('version');
  });

  it('refuses a missing event', () => {
    const error = refusal({ version: 1, sessions: [] });
    expect(error.kind).to.equal('schema');
    expect(error.message).to.equal("The feed's event is missing or invalid: event: missing.");
  });

  it('refuses an event with an invalid required field, naming its path', () => {
    const noZone = smallFeed() as Doc;
    delete (noZone.event as Record<string, unknown>).timezone;
    expect(refusal(noZone).message).to.contain('event.timezone: missing');
    const badStart = smallFeed();
    badStart.event.start = '22/03/2021';
    expect(refusal(badStart).message).to.contain('event.start: not a date (YYYY-MM-DD)');
    const reversed = smallFeed();
    reversed.event.end = '2021-03-01';
    expect(refusal(reversed).message).to.contain('event.end: before start');
    const mars = smallFeed();
    mars.event.timezone = 'Mars/Olympus_Mons';
    expect(refusal(mars).message).to.contain('unknown time zone "Mars/Olympus_Mons"');
  });

  it("drops an event's invalid optional field without refusing", () => {
    const { feed, warnings } = readWith((doc) => {
      doc.event.url = 'javascript:alert(1)';
    });
    expect(feed.event.url).to.equal(undefined);
    expect(lines(warnings)).to.deep.equal(['event.url: a URL with the forbidden scheme javascript:; field dropped']);
  });
});

describe('readFeed: item and field drops', () => {
  it('drops a session without start and reports its path', () => {
    const { feed, warnings } = readWith((doc) => {
      delete (doc.sessions[1] as Record<string, unknown>).start;
    });
    expect(feed.sessions.map((s) => s.id)).to.deep.equal(['s1']);
    expect(lines(warnings)).to.deep.equal(['sessions[1].start: missing; item dropped']);
  });

  it('drops a session whose start has no UTC offset', () => {
    const { feed, warnings } = readWith((doc) => {
      doc.sessions[0].start = '2021-03-22T14:00:00';
    });
    expect(feed.sessions.map((s) => s.id)).to.deep.equal(['s2']);
    expect(warnings[0].path).to.equal('sessions[0].start');
    expect(warnings[0].message).to.match(/^not a date-time with offset/);
  });

  it('accepts Z, offsets, and fractions of a second in a DateTime', () => {
    const { feed, warnings } = readWith((doc) => {
      doc.sessions[0].start = '2021-03-22T13:00Z';
      doc.sessions[0].end = '2021-03-22T14:00:00.500+01:00';
    });
    expect(warnings).to.deep.equal([]);
    expect(feed.sessions[0].start).to.equal('2021-03-22T13:00Z');
  });

  it('drops a session whose end is not later than its start', () => {
    const { feed, warnings } = readWith((doc) => {
      doc.sessions[0].end = doc.sessions[0].start;
    });
    expect(feed.sessions.map((s) => s.id)).to.deep.equal(['s2']);
    expect(lines(warnings)).to.deep.equal(['sessions[0].end: not later than start; item dropped']);
  });

  it('drops an invalid optional field and keeps the item', () => {
    const { feed, warnings } = readWith((doc) => {
      doc.sessions[0].format = 'telepathic';
      doc.sessions[0].status = 'maybe';
      doc.tracks[0].color = 'red';
      doc.tracks[0].status = 'old';
    });
    expect(feed.sessions[0].format).to.equal(undefined);
    expect(feed.sessions[0].status).to.equal(undefined);
    expect(feed.sessions[0].title).to.equal('Opening');
    expect(feed.tracks[0].color).to.equal(undefined);
    expect(lines(warnings)).to.deep.equal([
      'tracks[0].color: not a colour (#rrggbb); field dropped',
      'tracks[0].status: not one of new, continuing, concluded; field dropped',
      'sessions[0].format: not one of online, in-person, hybrid; field dropped',
      'sessions[0].status: not one of scheduled, cancelled, postponed; field dropped',
    ]);
  });

  it('drops bad entries of a list field and keeps the good ones', () => {
    const { feed, warnings } = readWith((doc) => {
      doc.sessions[0].actionLines = ['C1', 'C12', 'c3', 'C11'];
      doc.sessions[0].languages = ['en', 'fr-CH', '', 'x'];
      doc.tracks[0].editions = [2021, '2022', 2022.5, 2023];
    });
    expect(feed.sessions[0].actionLines).to.deep.equal(['C1', 'C11']);
    expect(feed.sessions[0].languages).to.deep.equal(['en', 'fr-CH']);
    expect(feed.tracks[0].editions).to.deep.equal([2021, 2023]);
    expect(paths(warnings)).to.deep.equal([
      'tracks[0].editions[1]',
      'tracks[0].editions[2]',
      'sessions[0].actionLines[1]',
      'sessions[0].actionLines[2]',
      'sessions[0].languages[2]',
      'sessions[0].languages[3]',
    ]);
  });

  it('drops a speaker without a name, and a person’s bad country field', () => {
    const { feed, warnings } = readWith((doc) => {
      doc.sessions[0].speakers = [{ role: 'Minister' }, { name: 'A. Speaker', country: 'ch' }];
    });
    expect(feed.sessions[0].speakers).to.deep.equal([{ name: 'A. Speaker' }]);
    expect(lines(warnings)).to.deep.equal([
      'sessions[0].speakers[0].name: missing; item dropped',
      'sessions[0].speakers[1].country: not a country code (two upper-case letters, such as CH); field dropped',
    ]);
  });

  it('reports every fault of a dropped item: the reason first, then its other problems', () => {
    const { feed, warnings } = readWith((doc) => {
      doc.sessions[0].url = 'javascript:alert(1)';
      delete (doc.sessions[0] as Record<string, unknown>).title;
      (doc.sessions[0] as Record<string, unknown>).start = 'tomorrow';
    });
    expect(lines(warnings)).to.deep.equal([
      'sessions[0].title: missing; item dropped',
      'sessions[0].start: not a date-time with offset (2021-03-22T14:00:00+01:00); also wrong in the dropped item',
      'sessions[0].url: a URL with the forbidden scheme javascript:; also wrong in the dropped item',
    ]);
    expect(feed.sessions.map((s) => s.id)).to.not.include('s1');
  });

  it('drops items of every kind when a required field is wrong', () => {
    const { feed, warnings } = readWith((doc) => {
      doc.sessionTypes.push({ id: 'nameless' } as never);
      doc.tiers.push({ id: 'zero', name: 'Zero', rank: 0 });
      doc.prizes.push({ id: 'no-year', name: 'No year', awards: [] } as never);
      doc.prizes.push({ id: 'no-awards', name: 'No awards', year: 2021 } as never);
      doc.prizes[0].awards.push({ id: 'a3', recipient: 'Team', rank: 'gold' } as never);
      doc.stats.push({ id: 'neg', label: 'Negative', value: -1 });
      doc.stats.push({ id: 'str', label: 'String', value: '5' } as never);
    });
    expect(feed.sessionTypes.map((t) => t.id)).to.deep.equal(['talk']);
    expect(feed.tiers.map((t) => t.id)).to.deep.equal(['gold', 'silver']);
    expect(feed.prizes.map((p) => p.id)).to.deep.equal(['prize']);
    expect(feed.prizes[0].awards.map((a) => a.id)).to.deep.equal(['a1', 'a2']);
    expect(feed.stats.map((s) => s.id)).to.deep.equal(['attendees']);
    expect(lines(warnings)).to.deep.equal([
      'sessionTypes[1].name: missing; item dropped',
      'tiers[2].rank: not an integer ≥ 1; item dropped',
      'prizes[0].awards[2].rank: not one of winner, champion, finalist, honourable-mention; item dropped',
      'prizes[1].year: missing; item dropped',
      'prizes[2].awards: missing; item dropped',
      'stats[1].value: not a finite number ≥ 0; item dropped',
      'stats[2].value: not a finite number ≥ 0; item dropped',
    ]);
  });

  it('reads a list that is not an array as empty, and says so', () => {
    const { feed, warnings } = readWith((doc) => {
      doc.sessions = { s1: {} } as never;
    });
    expect(feed.sessions).to.deep.equal([]);
    expect(lines(warnings)).to.deep.equal(['sessions: not an array; field dropped']);
  });

  it('drops a bad generated date-time', () => {
    const { feed, warnings } = readWith((doc) => {
      doc.generated = 'yesterday';
    });
    expect(feed.generated).to.equal(undefined);
    expect(paths(warnings)).to.deep.equal(['generated']);
  });
});

describe('readFeed: Text', () => {
  it('accepts a string or a map of language to string', () => {
    const { feed, warnings } = readWith((doc) => {
      doc.sessions[0].title = { en: 'Cybersecurity', fr: 'Cybersécurité', ar: 'الأمن السيبراني' };
    });
    expect(warnings).to.deep.equal([]);
    expect(feed.sessions[0].title).to.deep.equal({ en: 'Cybersecurity', fr: 'Cybersécurité', ar: 'الأمن السيبراني' });
  });

  it('refuses a map with a non-string entry, or an empty map', () => {
    const { feed, warnings } = readWith((doc) => {
      doc.sessions[0].description = { en: 'Fine', fr: 3 } as never;
      doc.sessions[1].title = {} as never;
    });
    expect(feed.sessions[0].description).to.equal(undefined);
    expect(lines(warnings)).to.deep.equal([
      'sessions[0].description.fr: not a string; field dropped',
      'sessions[1].title: an empty text map; item dropped',
    ]);
  });
});

describe('readFeed: URLs', () => {
  it('resolves relative URLs against the feed URL', () => {
    const { feed } = readWith((doc) => {
      doc.sessions[0].url = 'sessions/s1.html';
      doc.sessions[1].url = '/programme#s2';
      doc.partners[0].logo = '../logos/p1.svg';
    });
    expect(feed.sessions[0].url).to.equal('https://feeds.example.org/wsis/2021/sessions/s1.html');
    expect(feed.sessions[1].url).to.equal('https://feeds.example.org/programme#s2');
    expect(feed.partners[0].logo).to.equal('https://feeds.example.org/wsis/logos/p1.svg');
  });

  it('keeps absolute http and https URLs', () => {
    const { feed } = readWith((doc) => {
      doc.sessions[0].streamUrl = 'http://stream.example.org/live';
    });
    expect(feed.sessions[0].streamUrl).to.equal('http://stream.example.org/live');
    expect(feed.sessions[0].url).to.equal('https://example.org/s1');
  });

  it('drops URLs of any other scheme, however they are spelled', () => {
    const bad = ['javascript:alert(1)', ' JavaScript:alert(1)', 'vbscript:msgbox', 'data:text/html,<b>x</b>', 'ftp://example.org/f', 'file:///etc/passwd'];
    for (const url of bad) {
      const { feed, warnings } = readWith((doc) => {
        doc.sessions[0].url = url;
      });
      expect(feed.sessions[0].url, url).to.equal(undefined);
      expect(warnings[0].path, url).to.equal('sessions[0].url');
    }
  });

  it('admits data:image/* for logo and image only', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    const { feed, warnings } = readWith((doc) => {
      doc.partners[0].logo = png;
      doc.prizes[0].awards[0].image = png;
      doc.partners[0].url = png;
      doc.event.logo = 'data:image/svg+xml,%3Csvg%2F%3E';
    });
    expect(feed.partners[0].logo).to.equal(png);
    expect(feed.prizes[0].awards[0].image).to.equal(png);
    expect(feed.event.logo).to.equal('data:image/svg+xml,%3Csvg%2F%3E');
    expect(feed.partners[0].url).to.equal(undefined);
    expect(lines(warnings)).to.deep.equal(['partners[0].url: a URL with the forbidden scheme data:; field dropped']);
  });

  it('resolves against the page when no base is given, as for an object handed over', () => {
    const doc = smallFeed();
    doc.sessions[0].url = 'here.html';
    const { feed } = readFeed(doc);
    expect(feed.sessions[0].url).to.equal(new URL('here.html', document.baseURI).href);
  });
});

describe('readFeed: duplicates and references', () => {
  it('keeps the first of duplicate ids and reports the rest', () => {
    const { feed, warnings } = readWith((doc) => {
      doc.sessions.push({ ...doc.sessions[0], title: 'Second s1' });
      doc.partners.unshift({ ...doc.partners[1], name: 'First p2' });
    });
    expect(feed.sessions.map((s) => s.title)).to.deep.equal(['Opening', 'Policy session']);
    expect(feed.partners.map((p) => p.name)).to.deep.equal(['First p2', 'Partner one']);
    expect(lines(warnings)).to.deep.equal([
      'sessions[2].id: duplicate id "s1" (the first one is kept); item dropped',
      'partners[2].id: duplicate id "p2" (the first one is kept); item dropped',
    ]);
  });

  it('drops a reference to an unknown session type or track, and keeps the session', () => {
    const { feed, warnings } = readWith((doc) => {
      doc.sessions[1].type = 'keynote';
      doc.sessions[1].tracks = ['youth', 'ghost'];
    });
    expect(feed.sessions[1].type).to.equal(undefined);
    expect(feed.sessions[1].tracks).to.deep.equal(['youth']);
    expect(lines(warnings)).to.deep.equal([
      'sessions[1].type: unknown session type "keynote"; reference dropped',
      'sessions[1].tracks[1]: unknown track "ghost"; reference dropped',
    ]);
  });

  it('drops a partner whose tier is unknown', () => {
    const { feed, warnings } = readWith((doc) => {
      doc.partners[0].tier = 'platinum';
    });
    expect(feed.partners.map((p) => p.id)).to.deep.equal(['p2']);
    expect(lines(warnings)).to.deep.equal(['partners[0].tier: unknown tier "platinum"; item dropped']);
  });

  it("drops a session's organizer or a prize's sponsor that names no partner, and keeps the item", () => {
    const { feed, warnings } = readWith((doc) => {
      doc.sessions[0].organizers = ['ghost', 'p1', 'p9'];
      doc.prizes[0].sponsors = ['p2', 'nobody'];
    });
    expect(feed.sessions.map((s) => s.id)).to.deep.equal(['s1', 's2']);
    expect(feed.sessions[0].organizers).to.deep.equal(['p1']);
    expect(feed.prizes[0].sponsors).to.deep.equal(['p2']);
    expect(feed.prizes[0].awards.map((a) => a.id)).to.deep.equal(['a1', 'a2']);
    expect(lines(warnings)).to.deep.equal([
      'sessions[0].organizers[0]: unknown partner "ghost"; reference dropped',
      'sessions[0].organizers[2]: unknown partner "p9"; reference dropped',
      'prizes[0].sponsors[1]: unknown partner "nobody"; reference dropped',
    ]);
  });

  it('drops references to a partner that was itself dropped (unknown tier), after reporting the partner', () => {
    const { feed, warnings } = readWith((doc) => {
      doc.partners[0].tier = 'platinum';
      doc.sessions[0].organizers = ['p1', 'p2'];
      doc.prizes[0].sponsors = ['p1', 'p2'];
    });
    expect(feed.sessions[0].organizers).to.deep.equal(['p2']);
    expect(feed.prizes[0].sponsors).to.deep.equal(['p2']);
    expect(lines(warnings)).to.deep.equal([
      'partners[0].tier: unknown tier "platinum"; item dropped',
      'sessions[0].organizers[0]: unknown partner "p1"; reference dropped',
      'prizes[0].sponsors[0]: unknown partner "p1"; reference dropped',
    ]);
  });

  it('drops organizers or sponsors that are not a list of ids, as a field', () => {
    const { feed, warnings } = readWith((doc) => {
      doc.sessions[0].organizers = 'p1';
      doc.prizes[0].sponsors = ['p2', '', 7];
    });
    expect(feed.sessions[0].organizers).to.equal(undefined);
    expect(feed.prizes[0].sponsors).to.deep.equal(['p2']);
    expect(paths(warnings)).to.deep.equal(['sessions[0].organizers', 'prizes[0].sponsors[1]', 'prizes[0].sponsors[2]']);
  });

  it('keeps a document without organizers or sponsors exactly as before', () => {
    const { feed, warnings } = readWith((doc) => {
      delete doc.sessions[0].organizers;
      delete (doc.prizes[0] as Record<string, unknown>).sponsors;
    });
    expect(warnings).to.deep.equal([]);
    expect('organizers' in feed.sessions[0]).to.equal(false);
    expect('sponsors' in feed.prizes[0]).to.equal(false);
  });

  it("drops an award's reference to a category its prize does not have", () => {
    const { feed, warnings } = readWith((doc) => {
      doc.prizes[0].awards[1].category = 'health';
    });
    expect(feed.prizes[0].awards[1].category).to.equal(undefined);
    expect(feed.prizes[0].awards[1].recipient).to.equal('Team B');
    expect(lines(warnings)).to.deep.equal([
      'prizes[0].awards[1].category: unknown category "health" of its prize; reference dropped',
    ]);
  });

  it('reports paths by the position in the document, after earlier items were dropped', () => {
    const { warnings } = readWith((doc) => {
      delete (doc.sessions[0] as Record<string, unknown>).start;
      doc.sessions[1].type = 'keynote';
    });
    expect(paths(warnings)).to.deep.equal(['sessions[0].start', 'sessions[1].type']);
  });
});

describe('readLiveStats', () => {
  it('reads a live statistics document and drops bad figures', () => {
    const live = readLiveStats({
      version: 1,
      generated: '2021-05-20T10:00:00Z',
      stats: [{ id: 'attendees', label: 'Attendees', value: 51000 }, { id: 'bad', label: 'Bad', value: -3 }],
    });
    expect(live.stats.map((s) => s.value)).to.deep.equal([51000]);
    expect(live.generated).to.equal('2021-05-20T10:00:00Z');
    expect(paths(live.warnings)).to.deep.equal(['stats[1].value']);
    expect(() => readLiveStats({ version: 9, stats: [] })).to.throw(FeedError, 'version 1');
  });
});
