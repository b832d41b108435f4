import { expect } from '@open-wc/testing';
import { textFor } from '../../src/feed/text.js';

describe('textFor (Text fallback chain)', () => {
  const text = { en: 'Cybersecurity', fr: 'Cybersécurité', 'zh-Hant': '網絡安全', ar: 'الأمن السيبراني' };

  it('returns a plain string as it is, in every language', () => {
    expect(textFor('WSIS Forum', 'ar')).to.equal('WSIS Forum');
  });

  it('takes the exact tag first', () => {
    expect(textFor(text, 'fr')).to.equal('Cybersécurité');
    expect(textFor(text, 'zh-Hant')).to.equal('網絡安全');
  });

  it('falls back by primary subtag: fr-CH → fr, and zh → zh-Hant', () => {
    expect(textFor(text, 'fr-CH')).to.equal('Cybersécurité');
    expect(textFor(text, 'zh')).to.equal('網絡安全');
    expect(textFor(text, 'zh-CN')).to.equal('網絡安全');
  });

  it('then to en, then to the first entry', () => {
    expect(textFor(text, 'ru')).to.equal('Cybersecurity');
    expect(textFor({ es: 'Ciberseguridad', fr: 'Cybersécurité' }, 'ru')).to.equal('Ciberseguridad');
  });

  it('gives an empty string for an absent text', () => {
    expect(textFor(undefined, 'en')).to.equal('');
  });
});
