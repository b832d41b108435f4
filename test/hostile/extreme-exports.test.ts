import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define/schedule.js';
import { buildIcs, escapeText, type IcsSession } from '../../src/schedule/ics.js';
import { extremeFeeds } from '../fixtures/extreme/extreme-feeds.js';
import { captureCalendarDownload } from '../schedule/capture-download.js';
import { parseIcs, type Component } from '../schedule/parse-ics.js';
import { probeResponsiveness } from './extreme-probe.js';
import { trapPage } from './inspect.js';

const events = (calendar: Component) => calendar.children.filter((c) => c.name === 'VEVENT');
const prop = (component: Component, name: string) => component.props.get(name)?.value;

/** Every content line (unfolded) is `NAME[;params]:value`: no value ever starts a line of its own. */
function contentLines(ics: string): string[] {
  expect(/\r(?!\n)/.test(ics), 'a CR that is not part of CR LF').to.equal(false);
  expect(/(?<!\r)\n/.test(ics), 'an LF without its CR').to.equal(false);
  // eslint-disable-next-line no-control-regex
  expect(/[\0-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(ics), 'a control character').to.equal(false);
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
}

const session = (i: number, start: number, end: number, summary = `Session ${i}`): IcsSession => ({
  uid: `s${i}@extreme`,
  start,
  end,
  summary,
});

const fixture = (name: string) => extremeFeeds().find((f) => f.name.startsWith(name))!.feed;

async function schedule(feed: unknown): Promise<HTMLElement> {
  const el = document.createElement('wsis-schedule') as HTMLElement & { feed: unknown };
  el.feed = feed;
  document.body.append(el);
  await waitUntil(() => buttonOf(el), 'the calendar button', { timeout: 10000 });
  return el;
}
const buttonOf = (el: Element) =>
  [...(el.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === 'Add all sessions to calendar');

describe('extreme values: calendar exports stay well-formed and quick', function () {
  this.timeout(60000);

  it('removes control characters and turns a bare CR into an escaped line break', () => {
    expect(escapeText('Title\rBEGIN:VALARM')).to.equal('Title\\nBEGIN:VALARM');
    expect(escapeText('a\u0000b\u0007c\u001b[2Jd\u007fe\u0085f')).to.equal('abc[2Jdef');
    expect(escapeText('one\r\ntwo\nthree\u2028four')).to.equal('one\\ntwo\\nthree\\nfour');
    const ics = buildIcs([session(1, Date.UTC(2021, 2, 22, 9), Date.UTC(2021, 2, 22, 10), 'Title\rBEGIN:VALARM\rTRIGGER:-PT1M')], 'Europe/Zurich', 0);
    const lines = contentLines(ics);
    expect(lines.filter((line) => line.startsWith('BEGIN:VALARM'))).to.deep.equal([]);
    expect(prop(events(parseIcs(ics))[0], 'SUMMARY')).to.equal('Title\nBEGIN:VALARM\nTRIGGER:-PT1M');
  });

  it('writes a session from 0001 to 9999 at once, in UTC, with the page answering', async () => {
    const start = Date.parse('0001-01-02T00:00:00Z');
    const end = Date.parse('9999-12-30T00:00:00Z');
    const probe = probeResponsiveness();
    const ics = buildIcs([session(1, start, end)], 'Europe/Zurich', 0);
    expect(await probe.stop(), 'ms without answering').to.be.below(1000);
    const calendar = parseIcs(ics);
    expect(calendar.children.filter((c) => c.name === 'VTIMEZONE')).to.have.length(0);
    const [event] = events(calendar);
    expect(event.props.get('DTSTART')).to.deep.equal({ params: {}, value: '00010102T000000Z' });
    expect(event.props.get('DTEND')).to.deep.equal({ params: {}, value: '99991230T000000Z' });
  });

  it('keeps the event zone for a programme of a few years', () => {
    const ics = buildIcs(
      [session(1, Date.UTC(2021, 2, 22, 9), Date.UTC(2021, 2, 22, 10)), session(2, Date.UTC(2026, 6, 1, 9), Date.UTC(2026, 6, 1, 10))],
      'Europe/Zurich',
      0,
    );
    const calendar = parseIcs(ics);
    expect(calendar.children.filter((c) => c.name === 'VTIMEZONE').map((z) => prop(z, 'TZID'))).to.deep.equal(['Europe/Zurich']);
    expect(events(calendar)[1].props.get('DTSTART')).to.deep.equal({ params: { TZID: 'Europe/Zurich' }, value: '20260701T110000' });
  });

  it('writes 160,000 sessions without overflowing the stack', () => {
    const base = Date.UTC(2021, 2, 22, 9);
    const sessions = Array.from({ length: 160000 }, (_, i) => session(i, base + i * 60000, base + i * 60000 + 1800000));
    const ics = buildIcs(sessions, 'Europe/Zurich', 0);
    expect(ics.split('BEGIN:VEVENT').length - 1).to.equal(160000);
    expect(ics.endsWith('END:VCALENDAR\r\n')).to.equal(true);
  });

  it('"Add all sessions to calendar" on the control-character feed parses back, one entry per session', async () => {
    const traps = trapPage();
    const el = await schedule(fixture('control characters'));
    try {
      const file = await captureCalendarDownload(() => buttonOf(el)!.click());
      contentLines(file.text);
      const list = events(parseIcs(file.text));
      expect(list.map((e) => prop(e, 'UID'))).to.have.members([
        's1@hostile-event.wsis-widgets',
        's2@hostile-event.wsis-widgets',
        'ctl@hostile-event.wsis-widgets',
      ]);
      const ctl = list.find((e) => prop(e, 'UID')!.startsWith('ctl@'))!;
      expect(prop(ctl, 'SUMMARY')).to.equal('Bell title\nBEGIN:VALARM\nTRIGGER:-PT1M');
      expect(prop(ctl, 'LOCATION')).to.equal('Room[2J 1');
      expect(traps.errors).to.deep.equal([]);
    } finally {
      traps.release();
      el.remove();
    }
  });

  it('"Add all sessions to calendar" with a session from 0001 to 9999 answers at once', async () => {
    const traps = trapPage();
    const el = await schedule(fixture('a session from 0001 to 9999'));
    try {
      const probe = probeResponsiveness();
      const file = await captureCalendarDownload(() => buttonOf(el)!.click());
      expect(await probe.stop(), 'ms without answering').to.be.below(1000);
      const millennia = events(parseIcs(file.text)).find((e) => prop(e, 'SUMMARY') === 'Millennia session')!;
      expect(prop(millennia, 'DTSTART')).to.equal('00010102T000000Z');
      expect(traps.errors).to.deep.equal([]);
    } finally {
      traps.release();
      el.remove();
    }
  });
});
