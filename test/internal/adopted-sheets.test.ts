import { expect, fixture, html } from '@open-wc/testing';
import { css, html as litHtml, LitElement } from 'lit';
import { AdoptedSheets } from '../../src/internal/adopted-sheets.js';

class SheetsHost extends LitElement {
  static override styles = css`p { color: rgb(0, 0, 0); }`;
  readonly sheets = new AdoptedSheets(this);
  override render() {
    return litHtml`<p>text</p>`;
  }
}
customElements.define('adopted-sheets-test-host', SheetsHost);

const color = (el: SheetsHost) => getComputedStyle(el.shadowRoot!.querySelector('p')!).color;
const cssOf = (sheet: CSSStyleSheet) => [...sheet.cssRules].map((r) => r.cssText).join(' ');

describe('AdoptedSheets', () => {
  it('adopts named slots after the static styles, in the order first set', async () => {
    const el = await fixture<SheetsHost>(html`<adopted-sheets-test-host></adopted-sheets-test-host>`);
    el.sheets.set('a', 'p { color: rgb(1, 2, 3); }');
    el.sheets.set('b', 'p { outline-color: rgb(4, 5, 6); }');
    el.requestUpdate();
    await el.updateComplete;
    const sheets = el.shadowRoot!.adoptedStyleSheets;
    expect(sheets.slice(-2)).to.deep.equal([el.sheets.get('a'), el.sheets.get('b')]);
    expect(color(el)).to.equal('rgb(1, 2, 3)');
  });

  it('gives a slot with new text a new sheet in the same place, never changing the adopted one', async () => {
    const el = await fixture<SheetsHost>(html`<adopted-sheets-test-host></adopted-sheets-test-host>`);
    el.sheets.set('a', 'p { color: rgb(1, 2, 3); }');
    el.sheets.set('b', '');
    el.requestUpdate();
    await el.updateComplete;
    const first = el.sheets.get('a')!;
    el.sheets.set('a', 'p { color: rgb(7, 8, 9); }');
    el.requestUpdate();
    await el.updateComplete;
    const second = el.sheets.get('a')!;
    expect(second).not.to.equal(first);
    expect(cssOf(first), 'the old sheet is left as it was').to.contain('rgb(1, 2, 3)');
    const sheets = el.shadowRoot!.adoptedStyleSheets;
    expect(sheets).not.to.include(first);
    expect(sheets.slice(-2)).to.deep.equal([second, el.sheets.get('b')]);
    expect(color(el)).to.equal('rgb(7, 8, 9)');
    // The same text again: no new sheet.
    el.sheets.set('a', 'p { color: rgb(7, 8, 9); }');
    expect(el.sheets.get('a')).to.equal(second);
  });

  it('puts its sheets back when other code rewrites the list, keeping that code’s sheets', async () => {
    const el = await fixture<SheetsHost>(html`<adopted-sheets-test-host></adopted-sheets-test-host>`);
    el.sheets.set('a', 'p { color: rgb(1, 2, 3); }');
    el.requestUpdate();
    await el.updateComplete;
    const other = new CSSStyleSheet();
    other.replaceSync('p { background-color: rgb(9, 9, 9); }');
    el.shadowRoot!.adoptedStyleSheets = [other];
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.adoptedStyleSheets).to.deep.equal([other, el.sheets.get('a')]);
    el.sheets.delete('a');
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.adoptedStyleSheets).to.deep.equal([other]);
  });
});
