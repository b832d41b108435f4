import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { minimalFeed } from '../fixtures/minimal-feed.js';
import { I18nTestWidget, root, shadowPart } from '../i18n/test-widget.js';
import { asFeed } from '../fixtures/as-feed.js';

type State = 'loading' | 'error' | 'empty';

async function inState(state: State, theme: string, lang: string) {
  const src = state === 'loading' ? '/test-api/slow-never' : state === 'error' ? '/test-api/status/500' : undefined;
  const el = await fixture<I18nTestWidget>(
    src
      ? html`<i18n-test-widget theme=${theme} lang=${lang} src=${src}></i18n-test-widget>`
      : html`<i18n-test-widget theme=${theme} lang=${lang}></i18n-test-widget>`,
  );
  if (state === 'empty') {
    el.empty = true;
    el.feed = asFeed(minimalFeed());
  }
  await waitUntil(() => shadowPart(el, state), `no ${state} part`);
  // Wait for the language's strings, so that axe sees the final text.
  if (lang !== 'en') await waitUntil(() => !/Loading|loaded|Nothing/.test(shadowPart(el, state)!.textContent ?? ''));
  return el;
}

describe('the shared states are accessible (axe)', () => {
  for (const [theme, lang] of [
    ['light', 'en'],
    ['dark', 'en'],
    ['light', 'ar'],
    ['dark', 'ar'],
  ]) {
    for (const state of ['loading', 'error', 'empty'] as const) {
      it(`${state} state, ${theme} theme, ${lang}`, async () => {
        const el = await inState(state, theme, lang);
        expect(getComputedStyle(root(el)).direction).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        await expect(el).to.be.accessible();
      });
    }
  }

  it('the empty state has role=status and the default message in the language', async () => {
    const el = await inState('empty', 'light', 'es');
    expect(shadowPart(el, 'empty')!.getAttribute('role')).to.equal('status');
    expect(shadowPart(el, 'empty')!.textContent!.trim()).to.equal('No hay nada que mostrar.');
  });
});
