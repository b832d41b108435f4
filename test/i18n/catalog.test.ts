import { expect } from '@open-wc/testing';
import { Catalog } from '../../src/i18n/catalog.js';
import arabic from '../../src/i18n/common/ar.js';
import english from '../../src/i18n/common/en.js';
import spanish from '../../src/i18n/common/es.js';
import french from '../../src/i18n/common/fr.js';
import { commonMessages } from '../../src/i18n/common/index.js';
import russian from '../../src/i18n/common/ru.js';
import chinese from '../../src/i18n/common/zh.js';
import { canonicalTag, directionOf, fallbackChain, resolveLocale, uiLanguageOf } from '../../src/i18n/languages.js';

const en = { hello: 'Hello', bye: 'Goodbye', count: (n: string) => `${n} items` };

describe('Catalog', () => {
  it('has English at once and loads another language once, for concurrent callers', async () => {
    let calls = 0;
    const catalog = new Catalog(en, {
      ar: async () => ({ default: { hello: 'مرحبا', bye: 'مع السلامة', count: (n: string) => `${n} عناصر` } }),
      es: async () => ({ default: en }),
      fr: async () => {
        calls++;
        return { default: { hello: 'Bonjour', bye: 'Au revoir', count: (n: string) => `${n} éléments` } };
      },
      ru: async () => ({ default: en }),
      zh: async () => ({ default: en }),
    });
    expect(catalog.get('en')!.hello).to.equal('Hello');
    expect(catalog.get('fr')).to.equal(undefined);
    const [a, b] = await Promise.all([catalog.load('fr'), catalog.load('fr')]);
    expect(calls).to.equal(1);
    expect(a).to.equal(b);
    expect(catalog.get('fr')!.count('3')).to.equal('3 éléments');
  });

  it('falls back to English for good when a language fails to load, and per key when one is missing', async () => {
    let calls = 0;
    const catalog = new Catalog(en, {
      ar: () => {
        calls++;
        return Promise.reject(new Error('offline'));
      },
      es: async () => ({ default: { hello: 'Hola' } as typeof en }),
      fr: async () => ({ default: en }),
      ru: async () => ({ default: en }),
      zh: async () => ({ default: en }),
    });
    expect((await catalog.load('ar')).hello).to.equal('Hello');
    expect(catalog.get('ar')!.hello).to.equal('Hello');
    await catalog.load('ar');
    expect(calls).to.equal(1);
    const spanishMessages = await catalog.load('es');
    expect(spanishMessages.hello).to.equal('Hola');
    expect(spanishMessages.bye).to.equal('Goodbye');
  });

  it('loads each common language lazily', async () => {
    for (const language of ['ar', 'es', 'fr', 'ru', 'zh'] as const) {
      const messages = await commonMessages.load(language);
      expect(messages.retry).not.to.equal(english.retry);
    }
  });
});

describe('common strings', () => {
  const translations = { ar: arabic, es: spanish, fr: french, ru: russian, zh: chinese };
  for (const [language, messages] of Object.entries(translations)) {
    it(`are all translated in ${language}, none left in English, with the same punctuation at the end`, () => {
      expect(Object.keys(messages).sort()).to.deep.equal(Object.keys(english).sort());
      for (const [key, text] of Object.entries(english)) {
        const translated = (messages as Record<string, string>)[key];
        expect(translated, key).to.be.a('string').and.not.equal('');
        expect(translated, key).not.to.equal(text);
        expect(translated.endsWith('…'), `${key} ellipsis`).to.equal(text.endsWith('…'));
      }
    });
  }

  it('follows the punctuation of each language (Arabic semicolon, Chinese full stop, French spacing)', () => {
    expect(french.staleNotice).to.contain('\u202F;');
    expect(chinese.errorTitle.endsWith('。')).to.equal(true);
    expect(arabic.staleNotice).to.contain('؛');
  });
});

describe('language tags', () => {
  it('builds the fallback chain fr-CH → fr → en', () => {
    expect(fallbackChain('fr-CH')).to.deep.equal(['fr-CH', 'fr', 'en']);
    expect(fallbackChain('zh-Hans-CN')).to.deep.equal(['zh-Hans-CN', 'zh-Hans', 'zh', 'en']);
    expect(fallbackChain('en-GB')).to.deep.equal(['en-GB', 'en']);
    expect(fallbackChain('de')).to.deep.equal(['en']);
    expect(fallbackChain(undefined)).to.deep.equal(['en']);
  });

  it('maps tags to a UI language and a locale; unknown or invalid gives English', () => {
    expect(uiLanguageOf('fr-CH')).to.equal('fr');
    expect(uiLanguageOf('AR-eg')).to.equal('ar');
    expect(uiLanguageOf('de')).to.equal('en');
    expect(resolveLocale('fr-ch')).to.equal('fr-CH');
    expect(resolveLocale('es_419')).to.equal('es-419');
    expect(resolveLocale('de-CH')).to.equal('en');
    expect(resolveLocale('')).to.equal('en');
    expect(canonicalTag('not a tag')).to.equal('en');
  });

  it('knows the direction of a language', () => {
    expect(directionOf('ar')).to.equal('rtl');
    expect(directionOf('ar-EG')).to.equal('rtl');
    expect(directionOf('he')).to.equal('rtl');
    expect(directionOf('fr')).to.equal('ltr');
    expect(directionOf('zh')).to.equal('ltr');
    expect(directionOf('az-Arab')).to.equal('rtl');
    expect(directionOf('ku-Latn')).to.equal('ltr');
  });
});
