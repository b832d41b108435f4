import { expect } from '@open-wc/testing';
import { elementFromQuery } from '../../src/embed/element-from-query.js';
import { readFeed } from '../../src/feed/read.js';
import { displayUrl, EXTERNAL_REL } from '../../src/internal/safe-url.js';
import { utcInstant } from '../../src/internal/time-zone.js';
import { clampTimer, DURATION_LIMIT, INTERVAL_LIMIT, MAX_TIMER_MS, refreshSeconds, timerDelay } from '../../src/internal/timer-limits.js';
import { addDays, dayKey, dayKeyInstant, weekOf } from '../../src/sessions/time.js';
import { trackColors } from '../../src/sessions/track-colors.js';
import { MAX_LIVE_FIGURES, readLiveDocument } from '../../src/stats-counter/live-document.js';
import { formatFigure } from '../../src/stats-counter/format.js';
import english from '../../src/stats-counter/messages/en.js';
import { colouredTracks } from '../fixtures/extreme/extreme-feeds.js';
import { minimalFeed } from '../fixtures/minimal-feed.js';

const withSessions = (...sessions: { start: string; end: string }[]) => ({
  ...minimalFeed(),
  sessions: sessions.map((s, i) => ({ id: `s${i}`, title: `Session ${i}`, ...s })),
});

describe('extreme values: dates', () => {
  it('reads only DateTimes whose wall clock is a four-digit year in every zone, and says why', () => {
    const { feed, warnings } = readFeed(
      withSessions(
        { start: '9999-12-31T23:30:00Z', end: '9999-12-31T23:45:00Z' },
        { start: '0001-01-01T10:00:00+01:00', end: '0001-01-01T11:00:00+01:00' },
        { start: '0001-01-02T00:00:00Z', end: '0001-01-02T01:00:00Z' },
        { start: '9999-12-30T23:00:00Z', end: '9999-12-30T23:59:59Z' },
      ),
    );
    expect(feed.sessions.map((s) => s.id)).to.deep.equal(['s2', 's3']);
    expect(warnings).to.deep.equal([
      { path: 'sessions[0].start', message: 'a date-time outside the supported range (0001-01-02 to 9999-12-30 UTC); item dropped' },
      { path: 'sessions[1].start', message: 'a date-time outside the supported range (0001-01-02 to 9999-12-30 UTC); item dropped' },
    ]);
  });

  it('writes the days of the years 1–99 as themselves, not as 1900–1999', () => {
    expect(dayKey(utcInstant(50, 5, 1, 10), 'UTC')).to.equal('0050-06-01');
    expect(addDays('0050-12-31', 1)).to.equal('0051-01-01');
    expect(addDays('0001-01-02', -1)).to.equal('0001-01-01');
    expect(weekOf('0050-06-01')).to.equal(addDays('0050-06-01', -((new Date(utcInstant(50, 5, 1)).getUTCDay() + 6) % 7)));
    expect(new Date(dayKeyInstant('0050-06-01')).getUTCFullYear()).to.equal(50);
  });

  it('writes the last day of 9999 on the far side of the date line without throwing', () => {
    const lastInstant = Date.parse('9999-12-30T23:00:00Z');
    expect(dayKey(lastInstant, 'Pacific/Kiritimati')).to.equal('9999-12-31');
    expect(dayKey(Date.parse('0001-01-02T00:00:00Z'), 'America/Lima')).to.equal('0001-01-01');
  });

  it('keeps years to 1–9999 (prizes, editions) and reads -0 as 0', () => {
    const { feed, warnings } = readFeed({
      ...minimalFeed(),
      tracks: [{ id: 't', name: 'T', editions: [2021, 275760] }],
      prizes: [
        { id: 'far', name: 'Far', year: 275760, awards: [] },
        { id: 'ok', name: 'Ok', year: 50, awards: [] },
      ],
      tiers: [{ id: 'g', name: 'Gold', rank: 1 }],
      stats: [{ id: 'z', label: 'zero', value: -0 }],
    });
    expect(feed.prizes.map((p) => p.id)).to.deep.equal(['ok']);
    expect(feed.tracks[0].editions).to.deep.equal([2021]);
    expect(Object.is(feed.stats[0].value, 0), 'the figure is +0').to.equal(true);
    expect(warnings.map((w) => w.path)).to.deep.equal(['tracks[0].editions[1]', 'prizes[0].year']);
  });
});

describe('extreme values: numbers shown', () => {
  it('shows -0 as "0"', () => {
    expect(formatFigure(-0, undefined, 'en', english).display).to.equal('0');
    expect(formatFigure(-0, 'over', 'en', english, 'compact').display).to.equal('0+');
  });
});

describe('extreme values: URLs', () => {
  it('refuses ports over 65535 in the reader, with a warning, and keeps ports in range', () => {
    const { feed, warnings } = readFeed({
      ...withSessions({ start: '2021-03-22T10:00:00Z', end: '2021-03-22T11:00:00Z' }),
      tiers: [{ id: 'g', name: 'Gold', rank: 1 }],
      partners: [
        { id: 'a', name: 'A', tier: 'g', url: 'https://example.org:65536/' },
        { id: 'b', name: 'B', tier: 'g', url: 'https://example.org:8443/b' },
      ],
    });
    expect(feed.partners.map((p) => p.url)).to.deep.equal([undefined, 'https://example.org:8443/b']);
    expect(warnings).to.deep.equal([{ path: 'partners[0].url', message: 'not a URL; field dropped' }]);
  });

  it('shows a URL without its user name and password', () => {
    expect(displayUrl('https://editor:s3cret@example.org/feed.json?x=1')).to.equal('https://example.org/feed.json?x=1');
    expect(displayUrl('https://example.org/feed.json')).to.equal('https://example.org/feed.json');
    expect(displayUrl('https://user:pw@example.org:99999/x')).to.equal('https://example.org:99999/x');
  });

  it('opens feed links without referrer nor opener', () => {
    expect(EXTERNAL_REL.split(' ').sort()).to.deep.equal(['noopener', 'noreferrer']);
  });
});

describe('extreme values: timer attributes', () => {
  it('bounds refresh to 1 s … 2,147,483 s, 0 and junk meaning none', () => {
    expect(refreshSeconds('0.001')).to.equal(1);
    expect(refreshSeconds(2147484)).to.equal(2147483);
    expect(refreshSeconds('1e308')).to.equal(2147483);
    expect(refreshSeconds(Infinity)).to.equal(2147483);
    expect(refreshSeconds(0)).to.equal(0);
    expect(refreshSeconds(-5)).to.equal(0);
    expect(refreshSeconds('soon')).to.equal(0);
    expect(refreshSeconds(undefined)).to.equal(0);
    expect(refreshSeconds(300)).to.equal(300);
  });

  it('bounds interval and duration, and every delay to setTimeout’s range', () => {
    expect(clampTimer(0.001, INTERVAL_LIMIT)).to.equal(1);
    expect(clampTimer(1e308, INTERVAL_LIMIT) * 1000).to.be.at.most(MAX_TIMER_MS);
    expect(clampTimer('x', INTERVAL_LIMIT)).to.equal(30);
    expect(clampTimer(1e308, DURATION_LIMIT)).to.equal(10000);
    expect(clampTimer(-1, DURATION_LIMIT)).to.equal(0);
    expect(clampTimer(NaN, DURATION_LIMIT)).to.equal(1500);
    expect(timerDelay(2 ** 40)).to.equal(2 ** 31 - 1);
    expect(timerDelay(-3)).to.equal(0);
    expect(timerDelay(NaN)).to.equal(0);
  });

  it('passes timer attributes through the embed page clamped', () => {
    const made = (query: string) => {
      const result = elementFromQuery(query, document, 'https://embed.example.org/embed.html');
      if (!result.ok) throw new Error(result.message);
      return result.element;
    };
    const schedule = made('?element=schedule&src=/feed.json&refresh=0.001');
    expect(schedule.getAttribute('refresh')).to.equal('1');
    expect(made('?element=partner-wall&src=/feed.json&refresh=2147484').getAttribute('refresh')).to.equal('2147483');
    const counter = made('?element=stats-counter&src=/feed.json&interval=0.001&duration=1e308&refresh=-1');
    expect(counter.getAttribute('interval')).to.equal('1');
    expect(counter.getAttribute('duration')).to.equal('10000');
    expect(counter.getAttribute('refresh')).to.equal('0');
  });
});

describe('extreme values: live figures', () => {
  it(`reads at most ${MAX_LIVE_FIGURES} figures of one document, -0 as 0`, () => {
    const stats = Array.from({ length: 5000 }, (_, i) => ({ id: `f${i}`, value: i ? i : -0 }));
    const doc = readLiveDocument({ version: 1, stats })!;
    expect(doc.stats).to.have.length(MAX_LIVE_FIGURES);
    expect(Object.is(doc.stats[0].value, 0)).to.equal(true);
  });
});

describe('extreme values: track colours', () => {
  it('gives 200,000 tracks their colours with one rule per colour, not one per track', () => {
    const tracks = colouredTracks(200000);
    const colors = trackColors(tracks);
    expect(colors.sheet.cssRules.length).to.equal(5);
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [colors.sheet];
    for (const id of ['t0', 't1', 't199999']) {
      const badge = document.createElement('span');
      badge.className = colors.classOf(id)!;
      badge.dataset.id = id;
      root.append(badge);
    }
    document.body.append(host);
    try {
      const shown = [...root.querySelectorAll('span')].map((s) => getComputedStyle(s).getPropertyValue('--_track').trim());
      expect(shown).to.deep.equal(['#1f6feb', '#d73a49', '#e36209']);
    } finally {
      host.remove();
    }
  });

  it('skips tracks without a valid colour and writes the property asked for', () => {
    const colors = trackColors(
      [
        { id: 'a', color: '#ABCDEF' },
        { id: 'b', color: 'red;}*{display:none' },
        { id: 'c' },
        { id: 'd', color: '#abcdef' },
      ],
      '--_track-color',
    );
    expect([...colors.sheet.cssRules].map((r) => r.cssText)).to.deep.equal(['.track-color-0 { --_track-color: #abcdef; }']);
    expect(['a', 'b', 'c', 'd'].map((id) => colors.classOf(id))).to.deep.equal(['track-color-0', undefined, undefined, 'track-color-0']);
  });
});
