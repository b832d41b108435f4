import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { css, html as litHtml, nothing } from 'lit';
import type { Feed } from '../../src/feed/types.js';
import { viewOf, type ElementView, type ViewSource } from '../../src/internal/element-view.js';
import { LazyModule } from '../../src/internal/lazy-module.js';
import { WsisElement } from '../../src/internal/wsis-element.js';
import { minimalFeed } from '../fixtures/minimal-feed.js';

type TestView = ElementView<{ feed: Feed }, void>;

const view: TestView = {
  styles: css`
    .event-id {
      letter-spacing: 3px;
    }
  `,
  render: ({ feed }) => litHtml`<p class="event-id">${feed.event.id}</p>`,
};

/** An element with a view, as the five are built: the view is attached or loaded through LazyModule. */
class ViewWidget extends WsisElement {
  static view?: ViewSource<TestView>;
  protected override viewCode = new LazyModule<TestView>(this, `<${this.localName}>`, () =>
    viewOf(this.constructor as typeof ViewWidget),
  );

  protected override renderFeed(feed: Feed): unknown {
    return this.viewCode.module?.render({ feed }) ?? nothing;
  }
}

class EagerWidget extends ViewWidget {}
EagerWidget.view = view;
customElements.define('test-eager-renderer', EagerWidget);

let releaseLazy: () => void = () => {};
class LazyWidget extends ViewWidget {}
LazyWidget.view = () => new Promise((resolve) => (releaseLazy = () => resolve(view)));
customElements.define('test-lazy-renderer', LazyWidget);

let brokenAttempts = 0;
class BrokenWidget extends ViewWidget {}
// Fails the first time (a chunk that did not download), works when tried again.
BrokenWidget.view = () => (++brokenAttempts === 1 ? Promise.reject(new Error('chunk missing')) : Promise.resolve(view));
customElements.define('test-broken-renderer', BrokenWidget);

const shadow = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);

describe('element views (rendering code loaded apart from the class)', () => {
  it('renders at once with a view given directly, with its styles adopted', async () => {
    const el = await fixture<EagerWidget>(html`<test-eager-renderer .feed=${minimalFeed()}></test-eager-renderer>`);
    await waitUntil(() => shadow(el, '.event-id'));
    const text = shadow(el, '.event-id')!;
    expect(text.textContent).to.equal('test-event');
    expect(getComputedStyle(text).letterSpacing).to.equal('3px');
  });

  it('shows the loading state until a lazily loaded view arrives, then the content', async () => {
    const el = await fixture<LazyWidget>(html`<test-lazy-renderer .feed=${minimalFeed()}></test-lazy-renderer>`);
    await el.updateComplete;
    expect(shadow(el, '[part~="loading"]')).to.exist;
    expect(shadow(el, '.event-id')).to.equal(null);
    releaseLazy();
    await waitUntil(() => shadow(el, '.event-id'), 'rendered after the view arrived');
    expect(getComputedStyle(shadow(el, '.event-id')!).letterSpacing).to.equal('3px');
    expect(shadow(el, '[part~="loading"]')).to.equal(null);
  });

  it('shows the error state when the rendering code cannot be loaded, and Try again fetches it again', async () => {
    const el = await fixture<BrokenWidget>(html`<test-broken-renderer .feed=${minimalFeed()}></test-broken-renderer>`);
    await waitUntil(() => shadow(el, '[part~="error"]'));
    expect(shadow(el, '[part~="error"]')!.textContent).to.contain('<test-broken-renderer> could not be loaded');
    await expect(el).to.be.accessible();
    // Try again fetches the rendering code again.
    (shadow(el, '[part~="retry"]') as HTMLButtonElement).click();
    await waitUntil(() => shadow(el, '.event-id'), 'rendered after trying again');
    expect(shadow(el, '[part~="error"]')).to.equal(null);
  });
});
