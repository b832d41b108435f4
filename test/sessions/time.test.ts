import { expect } from '@open-wc/testing';
import {
  addDays,
  dayKey,
  formatOffset,
  groupByDay,
  isTimeZone,
  offsetMinutes,
  resolveTimeZone,
  sameClock,
  weekOf,
  zoneAbbreviation,
  zonedParts,
} from '../../src/sessions/time.js';

const at = (iso: string) => Date.parse(iso);

describe('schedule time-zone logic', () => {
  it('puts a 23:30 Geneva session on the next day in Auckland and the same day in Lima', () => {
    const t = at('2021-03-22T23:30:00+01:00');
    expect(dayKey(t, 'Europe/Zurich')).to.equal('2021-03-22');
    expect(dayKey(t, 'Pacific/Auckland')).to.equal('2021-03-23');
    expect(dayKey(t, 'America/Lima')).to.equal('2021-03-22');
  });

  it('puts a 00:30 Geneva session on the previous day in Lima', () => {
    const t = at('2021-03-23T00:30:00+01:00');
    expect(dayKey(t, 'Europe/Zurich')).to.equal('2021-03-23');
    expect(dayKey(t, 'America/Lima')).to.equal('2021-03-22');
    expect(dayKey(t, 'Pacific/Auckland')).to.equal('2021-03-23');
  });

  it('follows the change from CET to CEST on 28 March 2021 in Zurich', () => {
    expect(offsetMinutes(at('2021-03-28T00:59:00Z'), 'Europe/Zurich')).to.equal(60);
    expect(offsetMinutes(at('2021-03-28T01:00:00Z'), 'Europe/Zurich')).to.equal(120);
    const before = zonedParts(at('2021-03-28T00:30:00Z'), 'Europe/Zurich');
    const after = zonedParts(at('2021-03-28T01:30:00Z'), 'Europe/Zurich');
    expect([before.hour, before.minute]).to.deep.equal([1, 30]);
    expect([after.hour, after.minute]).to.deep.equal([3, 30]);
    expect(zoneAbbreviation(at('2021-03-27T12:00:00Z'), 'Europe/Zurich', 'en')).to.equal('CET');
    expect(zoneAbbreviation(at('2021-03-29T12:00:00Z'), 'Europe/Zurich', 'en')).to.equal('CEST');
  });

  it('knows Auckland leaves daylight time on 4 April 2021 and Lima has none', () => {
    expect(offsetMinutes(at('2021-03-28T12:00:00Z'), 'Pacific/Auckland')).to.equal(13 * 60);
    expect(offsetMinutes(at('2021-04-05T12:00:00Z'), 'Pacific/Auckland')).to.equal(12 * 60);
    expect(offsetMinutes(at('2021-03-28T12:00:00Z'), 'America/Lima')).to.equal(-5 * 60);
    expect(offsetMinutes(at('2021-07-28T12:00:00Z'), 'America/Lima')).to.equal(-5 * 60);
  });

  it('labels a zone without a common abbreviation by its UTC offset', () => {
    expect(zoneAbbreviation(at('2021-03-22T12:00:00Z'), 'America/Lima', 'en')).to.match(/^(PET|UTC−05:00)$/);
    expect(formatOffset(-300)).to.equal('UTC−05:00');
    expect(formatOffset(345)).to.equal('UTC+05:45');
    expect(formatOffset(0)).to.equal('UTC');
  });

  it('groups items by day in the given zone, days in order', () => {
    const items = [
      at('2021-03-22T09:00:00+01:00'),
      at('2021-03-22T23:30:00+01:00'),
      at('2021-03-23T10:00:00+01:00'),
    ];
    const zurich = groupByDay(items, (t) => t, 'Europe/Zurich');
    expect(zurich.map((g) => [g.day, g.items.length])).to.deep.equal([
      ['2021-03-22', 2],
      ['2021-03-23', 1],
    ]);
    const auckland = groupByDay(items, (t) => t, 'Pacific/Auckland');
    expect(auckland.map((g) => [g.day, g.items.length])).to.deep.equal([
      ['2021-03-22', 1],
      ['2021-03-23', 2],
    ]);
  });

  it('resolves event, an IANA name, and refuses unknown zones', () => {
    expect(resolveTimeZone('event', 'Europe/Zurich')).to.equal('Europe/Zurich');
    expect(resolveTimeZone(undefined, 'Europe/Zurich')).to.equal('Europe/Zurich');
    expect(resolveTimeZone('America/Lima', 'Europe/Zurich')).to.equal('America/Lima');
    expect(resolveTimeZone('Mars/Olympus', 'Europe/Zurich')).to.equal('Europe/Zurich');
    expect(resolveTimeZone('local', 'Europe/Zurich')).to.equal(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(isTimeZone('Pacific/Auckland')).to.be.true;
    expect(isTimeZone('Nowhere/Else')).to.be.false;
  });

  it('tells zones with the same clock apart from different ones', () => {
    const t = at('2021-03-22T12:00:00Z');
    expect(sameClock('Europe/Zurich', 'Europe/Berlin', t)).to.be.true;
    expect(sameClock('Europe/Zurich', 'Europe/London', t)).to.be.false;
  });

  it('does calendar arithmetic on day keys', () => {
    expect(addDays('2021-03-28', 1)).to.equal('2021-03-29');
    expect(addDays('2021-03-01', -1)).to.equal('2021-02-28');
    expect(weekOf('2021-03-28')).to.equal('2021-03-22');
    expect(weekOf('2021-03-22')).to.equal('2021-03-22');
  });
});
