/**
 * English shown in a page of another language is marked `lang="en"` (a screen reader then reads
 * it with English rules, not as Russian or Arabic): a UI string whose translation is missing, not
 * loaded (yet) or failed, and the technical message of the error state, which is English in
 * every language. What went wrong is said above it in the element's language.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { Catalog } from '../../src/i18n/catalog.js';
import type { I18nTestWidget } from './test-widget.js';
import './test-widget.js';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const said = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

// First in the file: nothing has loaded the Russian common strings yet in this page.
describe('the shared states while the language’s strings load', () => {
  it('shows "Loading…" in English marked lang="en", then the Russian words without it', async () => {
    const el = document.createElement('i18n-test-widget') as I18nTestWidget;
    el.setAttribute('lang', 'ru');
    el.src = '/test-api/slow-never';
    document.body.append(el);
    try {
      await el.updateComplete;
      // The first render: the Russian catalogue is still being fetched (a module request).
      expect(said(part(el, 'loading'))).to.equal('Loading…');
      expect(part(el, 'loading')!.getAttribute('lang'), part(el, 'loading')!.outerHTML).to.equal('en');
      await waitUntil(() => said(part(el, 'loading')) === 'Загрузка…', said(part(el, 'loading')));
      expect(part(el, 'loading')!.hasAttribute('lang')).to.equal(false);
      expect(el.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('ru');
    } finally {
      el.remove();
    }
  });
});

describe('a catalogue string missing in a language, or a language that failed to load', () => {
  const english = { hello: 'Hello', bye: 'Goodbye' };
  const failing = () => Promise.reject(new Error('offline'));
  const catalog = new Catalog(english, {
    fr: () => Promise.resolve({ default: { hello: 'Bonjour' } as typeof english }),
    ar: failing,
    es: failing,
    ru: failing,
    zh: failing,
  });

  it('knows which strings show in English', async () => {
    expect(catalog.inEnglish('fr', 'hello'), 'before French is here').to.equal(true);
    const french = await catalog.load('fr');
    expect(french).to.deep.equal({ hello: 'Bonjour', bye: 'Goodbye' });
    expect(catalog.inEnglish('fr', 'hello')).to.equal(false);
    expect(catalog.inEnglish('fr', 'bye'), 'missing in French').to.equal(true);
    await catalog.load('ar');
    expect(catalog.inEnglish('ar', 'hello'), 'Arabic failed to load').to.equal(true);
    expect(catalog.inEnglish('en', 'hello'), 'English is never a fallback').to.equal(false);
  });
});

describe('the error state in six languages', () => {
  const explained: Record<string, RegExp> = {
    en: /^The server answered with status 404 instead of the feed\.$/,
    fr: /^Le serveur a répondu avec le statut 404 au lieu du flux\.$/,
    es: /^El servidor respondió con el estado 404 en lugar de la fuente\.$/,
    ru: /^Сервер ответил кодом 404 вместо данных\.$/,
    ar: /^ردّ الخادم بالرمز 404 بدلًا من مصدر البيانات\.$/,
    zh: /^服务器返回了状态码 404，而不是数据源。$/,
  };
  for (const [lang, wanted] of Object.entries(explained)) {
    it(`${lang}: says what went wrong in ${lang}; the technical message stays English, marked lang="en"`, async () => {
      const el = await fixture<I18nTestWidget>(html`<i18n-test-widget lang=${lang} src="/test-api/status/404"></i18n-test-widget>`);
      await waitUntil(() => wanted.test(said(el.shadowRoot!.querySelector('.error-explained'))), said(el.shadowRoot!.querySelector('.error-explained')), {
        timeout: 5000,
      });
      const error = part(el, 'error')!;
      for (const node of [error.querySelector('.error-title'), error.querySelector('summary'), error.querySelector('.error-explained'), part(el, 'retry')]) {
        expect(node!.hasAttribute('lang'), `${lang}: ${node!.className || node!.localName}`).to.equal(false);
      }
      const technical = error.querySelector('.error-message')!;
      expect(technical.getAttribute('lang')).to.equal('en');
      expect(technical.getAttribute('dir')).to.equal('ltr');
      expect(said(technical)).to.match(/404/);
      // axe on the error state, in every language and theme: test/styles/states-a11y.test.ts.
    });
  }

  it('says a document that is not JSON, and one of another version, in French', async () => {
    const cases = { '/test-api/invalid.json': 'Le flux n’est pas un JSON valide.', '/test-api/version-2.json': 'Ce widget ne lit pas cette version du flux.' };
    for (const [src, text] of Object.entries(cases)) {
      const el = await fixture<I18nTestWidget>(html`<i18n-test-widget lang="fr" src=${src}></i18n-test-widget>`);
      await waitUntil(() => said(el.shadowRoot!.querySelector('.error-explained')) === text, `${src}: ${said(el.shadowRoot!.querySelector('.error-explained'))}`, {
        timeout: 5000,
      });
    }
  });
});
