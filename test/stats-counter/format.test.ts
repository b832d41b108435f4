import { expect } from '@open-wc/testing';
import { formatFigure } from '../../src/stats-counter/format.js';
import ar from '../../src/stats-counter/messages/ar.js';
import en from '../../src/stats-counter/messages/en.js';
import es from '../../src/stats-counter/messages/es.js';
import fr from '../../src/stats-counter/messages/fr.js';
import ru from '../../src/stats-counter/messages/ru.js';
import zh from '../../src/stats-counter/messages/zh.js';
import { relativeUpdated } from '../../src/stats-counter/relative-time.js';
import { localNumber } from '../support/engine.js';

// Expected strings were read from Intl in Chromium 156, Firefox ESR 153 and WebKitGTK 2.50, which
// agree on these: French groups with U+202F, Russian with U+00A0, Spanish does not group four
// digits. Where their locale data differ (digits of plain 'ar', fr-CH), the expected number comes
// from this browser's Intl (localNumber) and the test checks the words and the locale around it.
const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('formatFigure (stats counter)', () => {
  const cases = [
    { lang: 'en', m: en, over: '50,000+', overSpoken: 'more than 50,000', about: 'about 40', exact: '1,550' },
    { lang: 'fr', m: fr, over: `plus de 50${NNBSP}000`, overSpoken: `plus de 50${NNBSP}000`, about: 'environ 40', exact: `1${NNBSP}550` },
    { lang: 'es', m: es, over: 'más de 50.000', overSpoken: 'más de 50.000', about: 'alrededor de 40', exact: '1550' },
    { lang: 'ru', m: ru, over: `более 50${NBSP}000`, overSpoken: `более 50${NBSP}000`, about: 'около 40', exact: `1${NBSP}550` },
    { lang: 'zh', m: zh, over: '超过50,000', overSpoken: '超过50,000', about: '约40', exact: '1,550' },
    {
      lang: 'ar',
      m: ar,
      over: `أكثر من ${localNumber('ar', 50000)}`,
      overSpoken: `أكثر من ${localNumber('ar', 50000)}`,
      about: `حوالي ${localNumber('ar', 40)}`,
      exact: localNumber('ar', 1550),
    },
  ];

  for (const c of cases) {
    it(`writes over, about and exact figures in ${c.lang}`, () => {
      expect(formatFigure(50000, 'over', c.lang, c.m)).to.deep.include({ display: c.over, spoken: c.overSpoken });
      expect(formatFigure(40, 'about', c.lang, c.m).display).to.equal(c.about);
      expect(formatFigure(1550, 'exact', c.lang, c.m).display).to.equal(c.exact);
      expect(formatFigure(1550, undefined, c.lang, c.m).display).to.equal(c.exact);
    });
  }

  it('keeps the decimals of the final figure while a figure counts', () => {
    expect(formatFigure(4.5, 'exact', 'en', en).display).to.equal('4.5');
    expect(formatFigure(2, 'exact', 'fr', fr, 'standard', 1).display).to.equal('2,0');
    expect(formatFigure(1234.56, 'exact', 'en', en).display).to.equal('1,234.56');
  });

  it('uses a region locale’s own digits and separators (de-CH, fr-CH, ar-EG)', () => {
    // de-CH groups with an apostrophe (straight or typographic, by engine), never like de's ".".
    expect(formatFigure(50000, 'exact', 'de-CH', en).display).to.match(/^50['’]000$/);
    expect(formatFigure(50000, 'exact', 'fr-CH', fr).display).to.equal(localNumber('fr-CH', 50000));
    expect(formatFigure(50000, 'over', 'ar-EG', ar).display).to.equal('أكثر من ٥٠٬٠٠٠');
  });

  describe('compact notation', () => {
    it('shows 50K in English, said as "50 thousand"', () => {
      expect(formatFigure(50000, 'over', 'en', en, 'compact')).to.deep.include({
        display: '50K+',
        spoken: 'more than 50 thousand',
      });
      expect(formatFigure(185, 'exact', 'en', en, 'compact').display).to.equal('185');
    });

    it('rounds an "over" figure down so it never overstates (1,550 → 1.5K+), other figures to nearest', () => {
      expect(formatFigure(1550, 'over', 'en', en, 'compact').display).to.equal('1.5K+');
      expect(formatFigure(1550, 'exact', 'en', en, 'compact').display).to.equal('1.6K');
    });

    it('writes compact figures in the six languages', () => {
      expect(formatFigure(50000, 'over', 'zh', zh, 'compact').display).to.equal('超过5万');
      expect(formatFigure(50000, 'over', 'fr', fr, 'compact').display).to.equal(`plus de 50${NBSP}k`);
      expect(formatFigure(50000, 'over', 'es', es, 'compact').display).to.equal(`más de 50${NBSP}mil`);
      expect(formatFigure(50000, 'over', 'ru', ru, 'compact').display).to.equal(`более 50${NBSP}тыс.`);
      expect(formatFigure(50000, 'over', 'ar', ar, 'compact').display).to.equal(
        `أكثر من ${localNumber('ar', 50000, { notation: 'compact', maximumFractionDigits: 1 })}`,
      );
      expect(formatFigure(50000, 'over', 'ar', ar, 'compact').display).to.contain('ألف');
      expect(formatFigure(1550, 'about', 'fr', fr, 'compact').display).to.equal(`environ 1,6${NBSP}k`);
    });
  });
});

describe('relativeUpdated (stats counter)', () => {
  const now = Date.parse('2021-03-22T10:00:00Z');
  it('says "just now" within the first minute, then minutes, hours, days', () => {
    expect(relativeUpdated(now - 20_000, now, 'en', en)).to.equal('Updated just now');
    expect(relativeUpdated(now - 120_000, now, 'en', en)).to.equal('Updated 2 minutes ago');
    expect(relativeUpdated(now - 3 * 3600_000, now, 'en', en)).to.equal('Updated 3 hours ago');
    expect(relativeUpdated(now - 26 * 3600_000, now, 'en', en)).to.equal('Updated yesterday');
  });

  it('writes the line in each language', () => {
    const twoMinutes = now - 120_000;
    expect(relativeUpdated(twoMinutes, now, 'fr', fr)).to.equal('Mis à jour il y a 2 minutes');
    expect(relativeUpdated(twoMinutes, now, 'es', es)).to.equal('Actualizado hace 2 minutos');
    expect(relativeUpdated(twoMinutes, now, 'ru', ru)).to.equal('Обновлено 2 минуты назад');
    expect(relativeUpdated(twoMinutes, now, 'zh', zh)).to.equal('2分钟前更新');
    expect(relativeUpdated(twoMinutes, now, 'ar', ar)).to.equal('آخر تحديث قبل دقيقتين');
  });
});
