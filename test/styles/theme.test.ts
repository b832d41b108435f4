import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { palette } from '../../src/styles/tokens.js';
import { I18nTestWidget, root, shadowPart } from '../i18n/test-widget.js';
import { engine, itOnlyIn, missing } from '../support/engine.js';

/** `#rrggbb` → `rgb(r, g, b)`, as getComputedStyle writes colours. */
const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

const tokenNames = Object.keys(palette.light) as (keyof typeof palette.light)[];
const privateName = (token: string) => (token === 'focus' ? '--_focus-color' : `--_${token}`);

/** The resolved value of a private token, as a colour. */
function tokenColour(el: Element, token: string): string {
  const probe = document.createElement('span');
  el.shadowRoot!.querySelector('.root')!.append(probe);
  probe.style.color = `var(${privateName(token)})`;
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

async function widget(theme?: string) {
  const el = await fixture<I18nTestWidget>(
    theme
      ? html`<i18n-test-widget theme=${theme} src="/test-api/slow-never"></i18n-test-widget>`
      : html`<i18n-test-widget src="/test-api/slow-never"></i18n-test-widget>`,
  );
  await el.updateComplete;
  return el;
}

describe('themes', () => {
  afterEach(async () => {
    if (engine === 'chromium') await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  it('is light by default: the root has the light surface and text', async () => {
    const el = await widget();
    expect(el.getAttribute('theme')).to.equal('light');
    expect(getComputedStyle(root(el)).backgroundColor).to.equal(rgb(palette.light.surface));
    expect(getComputedStyle(root(el)).color).to.equal(rgb(palette.light.text));
  });

  it('applies the dark tokens with theme="dark"', async () => {
    const el = await widget('dark');
    expect(getComputedStyle(root(el)).backgroundColor).to.equal(rgb(palette.dark.surface));
    expect(getComputedStyle(root(el)).color).to.equal(rgb(palette.dark.text));
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`defines every documented colour token with its default in the ${theme} theme`, async () => {
      const el = await widget(theme);
      for (const token of tokenNames) {
        expect(tokenColour(el, token), token).to.equal(rgb(palette[theme][token]));
      }
    });
  }

  itOnlyIn(['chromium'], missing.cssMedia, 'follows the system colour scheme with theme="auto", and changes with it', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await widget('auto');
    expect(getComputedStyle(root(el)).backgroundColor).to.equal(rgb(palette.dark.surface));
    for (const token of tokenNames) expect(tokenColour(el, token), token).to.equal(rgb(palette.dark[token]));
    await emulateMedia({ colorScheme: 'light' });
    await waitUntil(() => getComputedStyle(root(el)).backgroundColor === rgb(palette.light.surface));
  });

  it('lets a page override a token with --wsis-*, in either theme', async () => {
    const wrapper = await fixture(html`<div class="brand"><i18n-test-widget theme="dark" src="/test-api/slow-never"></i18n-test-widget></div>`);
    (wrapper as HTMLElement).style.setProperty('--wsis-color-surface', '#003366');
    const el = wrapper.querySelector<I18nTestWidget>('i18n-test-widget')!;
    await el.updateComplete;
    expect(getComputedStyle(root(el)).backgroundColor).to.equal('rgb(0, 51, 102)');
  });

  it('keeps its own font size when the host page sets html { font-size: 10px }', async () => {
    const before = document.documentElement.style.fontSize;
    document.documentElement.style.fontSize = '10px';
    try {
      const el = await widget();
      expect(getComputedStyle(root(el)).fontSize).to.equal('16px');
    } finally {
      document.documentElement.style.fontSize = before;
    }
  });

  it('shows a visible focus ring of the focus colour on the retry button', async () => {
    const el = await fixture<I18nTestWidget>(html`<i18n-test-widget src="/test-api/status/500"></i18n-test-widget>`);
    await waitUntil(() => shadowPart(el, 'retry'));
    const retry = shadowPart(el, 'retry') as HTMLButtonElement;
    const { sendKeys } = await import('@web/test-runner-commands');
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => el.shadowRoot!.activeElement === retry || el.shadowRoot!.activeElement?.tagName === 'SUMMARY');
    if (el.shadowRoot!.activeElement !== retry) await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(retry);
    const style = getComputedStyle(retry);
    expect(style.outlineStyle).to.equal('solid');
    expect(style.outlineWidth).to.equal('3px');
    expect(style.outlineColor).to.equal(rgb(palette.light.focus));
    const box = retry.getBoundingClientRect();
    expect(box.height).to.be.at.least(24);
    expect(box.width).to.be.at.least(24);
  });

  itOnlyIn(['chromium'], missing.cssMedia, 'sets --_duration to 0s under prefers-reduced-motion', async () => {
    const el = await widget();
    expect(getComputedStyle(el).getPropertyValue('--_duration').trim()).to.equal('200ms');
    await emulateMedia({ reducedMotion: 'reduce' });
    await waitUntil(() => getComputedStyle(el).getPropertyValue('--_duration').trim() === '0s');
  });

  it('has forced-colors rules that keep control borders and the focus ring', () => {
    const sheets = (I18nTestWidget.elementStyles ?? []).map((style) =>
      'styleSheet' in style ? style.styleSheet! : style,
    ) as CSSStyleSheet[];
    const forced = sheets
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'))
      .map((rule) => rule.cssText.toLowerCase())
      .join('\n');
    expect(forced).to.contain('outline: highlight solid 3px');
    expect(forced).to.match(/button[^{]*\{[^}]*border: 1px solid buttontext/);
    expect(forced).to.contain('--_surface: canvas');
  });
});
