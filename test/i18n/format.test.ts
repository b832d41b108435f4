import { expect } from '@open-wc/testing';
import {
  countryName,
  dayIn,
  formatCompact,
  formatDate,
  formatList,
  formatNumber,
  formatRelative,
  formatTime,
  formatTimeRange,
  formatTimeZoneName,
  isValidTimeZone,
  languageName,
  numberFormat,
  pluralCategory,
} from '../../src/i18n/format.js';

/** Any whitespace (no-break, narrow no-break, thin) as a plain space. */
const plain = (text: string) => text.replace(/\s+/g, ' ').trim();

// 14:00 in Geneva on 22 March 2021 (CET, UTC+1).
const start = '2021-03-22T14:00:00+01:00';
const end = '2021-03-22T15:30:00+01:00';

describe('Intl helpers (src/i18n/format.ts)', () => {
  it('formats numbers in each language', () => {
    expect(formatNumber('en', 1234567.5)).to.equal('1,234,567.5');
    expect(plain(formatNumber('fr', 1234567.5))).to.equal('1 234 567,5');
    expect(plain(formatNumber('ru', 1234567.5))).to.equal('1 234 567,5');
    expect(formatNumber('es', 1234567.5)).to.equal('1.234.567,5');
    expect(formatNumber('zh', 1234567.5)).to.equal('1,234,567.5');
    // de-CH: an apostrophe, straight (Chromium, Firefox) or typographic (WebKitGTK's ICU 72).
    expect(formatNumber('de-CH', 1234567.5)).to.match(/^1(?<g>['’])234\k<g>567\.5$/);
    expect(formatNumber('en', NaN)).to.equal('');
  });

  it('writes Arabic numbers with the digits Intl gives for ar', () => {
    const expected = new Intl.NumberFormat('ar').format(50000);
    expect(formatNumber('ar', 50000)).to.equal(expected);
  });

  it('formats compact numbers', () => {
    expect(formatCompact('en', 52000)).to.equal('52K');
    expect(formatCompact('en', 1_250_000)).to.equal('1.3M');
    expect(formatCompact('zh', 52000)).to.equal('5.2万');
    expect(plain(formatCompact('ru', 52000))).to.equal('52 тыс.');
    expect(plain(formatCompact('fr', 52000))).to.equal('52 k');
  });

  it('caches formatters: the same options give the same instance', () => {
    expect(numberFormat('fr', { style: 'percent' })).to.equal(numberFormat('fr', { style: 'percent' }));
    expect(numberFormat('fr')).not.to.equal(numberFormat('es'));
  });

  it('formats a date and a time in a given IANA zone, whatever the browser zone', () => {
    expect(formatTime('fr', start, 'Europe/Zurich')).to.equal('14:00');
    expect(formatTime('fr', start, 'Asia/Tokyo')).to.equal('22:00');
    expect(plain(formatTime('en', start, 'America/New_York'))).to.equal('9:00 AM');
    expect(formatDate('en-GB', start, 'Europe/Zurich')).to.equal('22 Mar 2021');
    expect(formatDate('en-GB', '2021-03-22T23:30:00+01:00', 'Pacific/Auckland')).to.equal('23 Mar 2021');
    expect(formatDate('en', 'not a date', 'Europe/Zurich')).to.equal('');
  });

  it('uses UTC for an unknown time zone rather than throwing', () => {
    expect(isValidTimeZone('Europe/Zurich')).to.equal(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).to.equal(false);
    expect(formatTime('fr', start, 'Mars/Olympus_Mons')).to.equal('13:00');
  });

  it('formats a time range, saying the shared part once', () => {
    expect(plain(formatTimeRange('en', start, end, 'Europe/Zurich'))).to.equal('2:00 – 3:30 PM');
    expect(plain(formatTimeRange('fr', start, end, 'Europe/Zurich'))).to.equal('14:00 – 15:30');
    expect(formatTimeRange('en', start, 'bad', 'Europe/Zurich')).to.equal('');
  });

  it('names a time zone', () => {
    expect(formatTimeZoneName('en', 'Europe/Zurich', start, 'shortOffset')).to.equal('GMT+1');
    expect(formatTimeZoneName('en', 'Europe/Zurich', start, 'long')).to.equal('Central European Standard Time');
  });

  it('gives the calendar day of a moment in a zone', () => {
    expect(dayIn('2021-03-22T23:30:00+01:00', 'Europe/Zurich')).to.equal('2021-03-22');
    expect(dayIn('2021-03-22T23:30:00+01:00', 'Pacific/Auckland')).to.equal('2021-03-23');
  });

  it('formats relative times in the largest fitting unit', () => {
    const now = Date.parse('2021-03-22T12:00:00Z');
    const inTwoHours = now + 2 * 3600_000;
    expect(formatRelative('en', inTwoHours, now)).to.equal('in 2 hours');
    expect(formatRelative('fr', inTwoHours, now)).to.equal('dans 2 heures');
    expect(formatRelative('es', inTwoHours, now)).to.equal('dentro de 2 horas');
    expect(formatRelative('ru', inTwoHours, now)).to.equal('через 2 часа');
    expect(formatRelative('zh', inTwoHours, now)).to.equal('2小时后');
    expect(formatRelative('en', now - 5 * 60_000, now)).to.equal('5 minutes ago');
    expect(formatRelative('en', now + 24 * 3600_000, now)).to.equal('tomorrow');
    expect(formatRelative('en', now, now)).to.equal('now');
    expect(formatRelative('ar', inTwoHours, now)).to.equal(
      new Intl.RelativeTimeFormat('ar', { numeric: 'auto' }).format(2, 'hour'),
    );
  });

  it('names countries and languages, and gives the code back when it cannot', () => {
    expect(countryName('en', 'CH')).to.equal('Switzerland');
    expect(countryName('fr', 'ch')).to.equal('Suisse');
    expect(countryName('ar', 'CH')).to.equal('سويسرا');
    expect(countryName('zh', 'CH')).to.equal('瑞士');
    expect(countryName('en', 'ZZZ')).to.equal('ZZZ');
    expect(countryName('en', '')).to.equal('');
    // Capitalised or not by engine (CLDR's display-name context): the word is the point.
    expect(languageName('es', 'fr').toLowerCase()).to.equal('francés');
    expect(languageName('ru', 'ar').toLowerCase()).to.equal('арабский');
    expect(languageName('en', '!!')).to.equal('!!');
  });

  it('formats lists in the language', () => {
    expect(formatList('en', ['Arabic', 'French', 'Spanish'])).to.equal('Arabic, French, and Spanish');
    expect(formatList('fr', ['arabe', 'français', 'espagnol'])).to.equal('arabe, français et espagnol');
    expect(formatList('es', ['A', 'B'], { type: 'disjunction' })).to.equal('A o B');
    expect(formatList('zh', ['A', 'B', 'C'])).to.equal('A、B和C');
  });

  it('gives plural categories', () => {
    expect(pluralCategory('en', 1)).to.equal('one');
    expect(pluralCategory('en', 2)).to.equal('other');
    expect(pluralCategory('fr', 0)).to.equal('one');
    expect(pluralCategory('ru', 21)).to.equal('one');
    expect(pluralCategory('ru', 3)).to.equal('few');
    expect(pluralCategory('ru', 5)).to.equal('many');
    expect(pluralCategory('ar', 0)).to.equal('zero');
    expect(pluralCategory('ar', 2)).to.equal('two');
    expect(pluralCategory('ar', 3)).to.equal('few');
    expect(pluralCategory('ar', 11)).to.equal('many');
    expect(pluralCategory('zh', 1)).to.equal('other');
  });
});
