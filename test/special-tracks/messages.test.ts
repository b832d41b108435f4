import { expect } from '@open-wc/testing';
import ar from '../../src/special-tracks/messages/ar.js';
import en from '../../src/special-tracks/messages/en.js';
import es from '../../src/special-tracks/messages/es.js';
import fr from '../../src/special-tracks/messages/fr.js';
import ru from '../../src/special-tracks/messages/ru.js';
import zh from '../../src/special-tracks/messages/zh.js';

const catalogs = { ar, en, es, fr, ru, zh };

describe('special tracks UI strings', () => {
  for (const [language, messages] of Object.entries(catalogs)) {
    it(`has every string in ${language}, translated`, () => {
      expect(Object.keys(messages).sort()).to.deep.equal(Object.keys(en).sort());
      if (language === 'en') return;
      for (const key of ['statusNew', 'statusContinuing', 'statusConcluded', 'seeInProgramme', 'emptyFiltered'] as const) {
        expect(messages[key], key).not.to.equal(en[key]);
      }
    });

    it(`says a session count in ${language} for every plural category`, () => {
      const rules = new Intl.PluralRules(language);
      for (const n of [1, 2, 3, 5, 11, 21, 22, 100, 101]) {
        const formatted = new Intl.NumberFormat(language).format(n);
        const said = messages.sessionCount(formatted, rules.select(n));
        expect(said, `${n}`).to.be.a('string').and.not.equal('');
        // Only Arabic's one and two forms say the number in words.
        if (!(language === 'ar' && n <= 2)) expect(said, `${n}`).to.contain(formatted);
      }
      expect(messages.editions('2021, 2022')).to.contain('2021, 2022');
      expect(messages.past('3')).to.contain('3');
      expect(messages.programmeShows('Youth')).to.contain('Youth');
    });
  }
});
