import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import type { Feed } from '../../src/feed/types.js';
import { WsisElement } from '../../src/internal/wsis-element.js';
import { minimalFeed } from '../fixtures/minimal-feed.js';
import { asFeed } from '../fixtures/as-feed.js';

class HeadingWidget extends WsisElement {
  protected override renderFeed(_feed: Feed) {
    return litHtml`${this.heading(0, 'Top')}${this.heading(1, 'Below', 'sub')}`;
  }
}
customElements.define('heading-test-widget', HeadingWidget);

async function headings(level: string | null) {
  const el = await fixture<HeadingWidget>(
    level === null
      ? html`<heading-test-widget></heading-test-widget>`
      : html`<heading-test-widget heading-level=${level}></heading-test-widget>`,
  );
  el.feed = asFeed(minimalFeed());
  await waitUntil(() => el.shadowRoot!.querySelector('[part="heading"]'));
  const top = el.shadowRoot!.querySelector('[part="heading"]')!;
  const sub = el.shadowRoot!.querySelector('[part="sub"]')!;
  return [top.tagName, sub.tagName];
}

describe('heading-level', () => {
  it('starts at h2 by default', async () => {
    expect(await headings(null)).to.deep.equal(['H2', 'H3']);
  });
  it('sets the level of the top headings, deeper ones follow', async () => {
    expect(await headings('3')).to.deep.equal(['H3', 'H4']);
    expect(await headings('5')).to.deep.equal(['H5', 'H6']);
  });
  it('clamps to 2–6', async () => {
    expect(await headings('1')).to.deep.equal(['H2', 'H3']);
    expect(await headings('0')).to.deep.equal(['H2', 'H3']);
    expect(await headings('6')).to.deep.equal(['H6', 'H6']);
    expect(await headings('9')).to.deep.equal(['H6', 'H6']);
  });
  it('reads a bad value as 2', async () => {
    expect(await headings('high')).to.deep.equal(['H2', 'H3']);
    expect(await headings('3.4')).to.deep.equal(['H3', 'H4']);
  });
  it('follows a change at run time', async () => {
    const el = await fixture<HeadingWidget>(html`<heading-test-widget heading-level="2"></heading-test-widget>`);
    el.feed = asFeed(minimalFeed());
    await waitUntil(() => el.shadowRoot!.querySelector('h2'));
    el.setAttribute('heading-level', '4');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="heading"]')!.tagName).to.equal('H4');
  });
});
