import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { minimalFeed } from '../fixtures/minimal-feed.js';
import { I18nTestWidget, plain, root, shadowPart } from './test-widget.js';
import { asFeed } from '../fixtures/as-feed.js';

const loadingText = {
  ar: 'جارٍ التحميل…',
  en: 'Loading…',
  es: 'Cargando…',
  fr: 'Chargement…',
  ru: 'Загрузка…',
  zh: '正在加载…',
} as const;

const loadingOf = (el: Element) => plain(shadowPart(el, 'loading')?.textContent);

async function waitForLoading(el: Element, text: string) {
  await waitUntil(() => loadingOf(el) === text, `loading text never became "${text}" (is "${loadingOf(el)}")`);
}

async function loadingWidget(lang?: string) {
  return fixture<I18nTestWidget>(
    lang
      ? html`<i18n-test-widget lang=${lang} src="/test-api/slow-never"></i18n-test-widget>`
      : html`<i18n-test-widget src="/test-api/slow-never"></i18n-test-widget>`,
  );
}

describe('languages of the shared base', () => {
  for (const [lang, text] of Object.entries(loadingText)) {
    it(`shows the loading state in ${lang}: "${text}"`, async () => {
      const el = await loadingWidget(lang);
      await waitForLoading(el, text);
      expect(root(el).getAttribute('lang')).to.equal(lang);
    });
  }

  it('renders Arabic right to left inside the shadow root', async () => {
    const el = await loadingWidget('ar');
    await waitForLoading(el, loadingText.ar);
    expect(getComputedStyle(root(el)).direction).to.equal('rtl');
    expect(getComputedStyle(shadowPart(el, 'loading')!).direction).to.equal('rtl');
  });

  it('keeps French left to right', async () => {
    const el = await loadingWidget('fr');
    expect(getComputedStyle(root(el)).direction).to.equal('ltr');
  });

  it('follows an ancestor dir="rtl" below the element that sets the language', async () => {
    const wrapper = await fixture(
      html`<div lang="en"><div dir="rtl"><i18n-test-widget src="/test-api/slow-never"></i18n-test-widget></div></div>`,
    );
    const el = wrapper.querySelector<I18nTestWidget>('i18n-test-widget')!;
    await el.updateComplete;
    expect(loadingOf(el)).to.equal('Loading…');
    expect(getComputedStyle(root(el)).direction).to.equal('rtl');
  });

  it('stays left to right in an Arabic page when a closer ancestor says dir="ltr"', async () => {
    const wrapper = await fixture(
      html`<div lang="ar"><section dir="ltr"><i18n-test-widget src="/test-api/slow-never"></i18n-test-widget></section></div>`,
    );
    const el = wrapper.querySelector<I18nTestWidget>('i18n-test-widget')!;
    await waitForLoading(el, loadingText.ar);
    expect(getComputedStyle(root(el)).direction).to.equal('ltr');
  });

  it('is right to left when its own lang is Arabic inside a dir="ltr" page', async () => {
    const wrapper = await fixture(
      html`<div dir="ltr" lang="en"><i18n-test-widget lang="ar" src="/test-api/slow-never"></i18n-test-widget></div>`,
    );
    const el = wrapper.querySelector<I18nTestWidget>('i18n-test-widget')!;
    await waitForLoading(el, loadingText.ar);
    expect(getComputedStyle(root(el)).direction).to.equal('rtl');
  });

  it('re-renders when its lang attribute changes at run time', async () => {
    const el = await loadingWidget('en');
    expect(loadingOf(el)).to.equal('Loading…');
    el.setAttribute('lang', 'es');
    await waitForLoading(el, loadingText.es);
    el.lang = 'ar';
    await waitForLoading(el, loadingText.ar);
    await el.updateComplete;
    expect(getComputedStyle(root(el)).direction).to.equal('rtl');
    el.removeAttribute('lang');
    await waitForLoading(el, loadingText.en);
    expect(getComputedStyle(root(el)).direction).to.equal('ltr');
  });

  it('re-renders when an ancestor changes its lang or dir', async () => {
    const wrapper = await fixture(html`<div lang="en"><i18n-test-widget src="/test-api/slow-never"></i18n-test-widget></div>`);
    const el = wrapper.querySelector<I18nTestWidget>('i18n-test-widget')!;
    wrapper.setAttribute('lang', 'ru');
    await waitForLoading(el, loadingText.ru);
    wrapper.setAttribute('dir', 'rtl');
    await waitUntil(() => getComputedStyle(root(el)).direction === 'rtl', 'direction never followed the wrapper');
  });

  it('re-renders when the document language changes', async () => {
    const html_ = document.documentElement;
    const before = html_.getAttribute('lang');
    try {
      html_.setAttribute('lang', 'en');
      const el = await loadingWidget();
      expect(loadingOf(el)).to.equal('Loading…');
      html_.setAttribute('lang', 'zh-CN');
      await waitForLoading(el, loadingText.zh);
      expect(root(el).getAttribute('lang')).to.equal('zh-CN');
    } finally {
      if (before === null) html_.removeAttribute('lang');
      else html_.setAttribute('lang', before);
    }
  });

  it('falls back to English, formats and labels, for a language without built-in strings', async () => {
    const el = await fixture<I18nTestWidget>(html`<i18n-test-widget lang="de-CH"></i18n-test-widget>`);
    el.feed = asFeed(minimalFeed());
    await waitUntil(() => el.shadowRoot!.querySelector('.number'));
    expect(root(el).getAttribute('lang')).to.equal('en');
    expect(plain(el.shadowRoot!.querySelector('.number')!.textContent)).to.equal('1,234,567.5');
    const loading = await loadingWidget('de');
    await loading.updateComplete;
    expect(loadingOf(loading)).to.equal('Loading…');
  });

  it('falls back to English for a tag Intl refuses', async () => {
    const el = await loadingWidget('not a language!');
    await el.updateComplete;
    expect(loadingOf(el)).to.equal('Loading…');
    expect(root(el).getAttribute('lang')).to.equal('en');
  });

  it('shows French strings with Swiss formats for fr-CH', async () => {
    const el = await fixture<I18nTestWidget>(html`<i18n-test-widget lang="fr-CH"></i18n-test-widget>`);
    el.feed = asFeed(minimalFeed());
    await waitUntil(() => el.shadowRoot!.querySelector('.percent'));
    const text = (selector: string) => plain(el.shadowRoot!.querySelector(selector)!.textContent);
    // Swiss French: "25%" and "22.03.21", where French of France writes "25 %" and "22/03/2021".
    expect(text('.percent')).to.equal('25%');
    expect(text('.date')).to.equal('22.03.21');
    expect(root(el).getAttribute('lang')).to.equal('fr-CH');
    const loading = await loadingWidget('fr-CH');
    await waitForLoading(loading, loadingText.fr);
  });

  it('formats France French differently from Swiss French', async () => {
    const el = await fixture<I18nTestWidget>(html`<i18n-test-widget lang="fr"></i18n-test-widget>`);
    el.feed = asFeed(minimalFeed());
    await waitUntil(() => el.shadowRoot!.querySelector('.percent'));
    expect(plain(el.shadowRoot!.querySelector('.percent')!.textContent)).to.equal('25 %');
    expect(plain(el.shadowRoot!.querySelector('.date')!.textContent)).to.equal('22/03/2021');
  });

  it('mirrors direction-pointing icons in Arabic only', async () => {
    const wrapper = await fixture(
      html`<div>
        <i18n-test-widget lang="ar"></i18n-test-widget><i18n-test-widget lang="en"></i18n-test-widget>
      </div>`,
    );
    const [arabic, english] = [...wrapper.querySelectorAll<I18nTestWidget>('i18n-test-widget')];
    arabic.feed = asFeed(minimalFeed());
    english.feed = asFeed(minimalFeed());
    await waitUntil(() => arabic.shadowRoot!.querySelector('.icon-directional') && english.shadowRoot!.querySelector('.icon-directional'));
    const transform = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('.icon-directional')!).transform;
    expect(transform(arabic)).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    expect(transform(english)).to.equal('none');
  });
});
