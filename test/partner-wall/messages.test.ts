import { expect } from '@open-wc/testing';
import ar from '../../src/partner-wall/messages/ar.js';
import en from '../../src/partner-wall/messages/en.js';
import es from '../../src/partner-wall/messages/es.js';
import fr from '../../src/partner-wall/messages/fr.js';
import ru from '../../src/partner-wall/messages/ru.js';
import zh from '../../src/partner-wall/messages/zh.js';

const catalogs = { ar, en, es, fr, ru, zh };

describe('partner wall UI strings', () => {
  for (const [language, messages] of Object.entries(catalogs)) {
    it(`has every string in ${language}, translated, the button’s name containing its visible label`, () => {
      expect(Object.keys(messages).sort()).to.deep.equal(Object.keys(en).sort());
      const name = messages.moreAbout('ACME');
      expect(name).to.contain('ACME');
      expect(name).to.contain(messages.more);
      if (language !== 'en') expect(messages.emptyFiltered).not.to.equal(en.emptyFiltered);
    });
  }
});
