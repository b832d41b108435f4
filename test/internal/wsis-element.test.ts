import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { textFor } from '../../src/feed/text.js';
import type { Feed } from '../../src/feed/types.js';
import { WsisElement } from '../../src/internal/wsis-element.js';
import { minimalFeed } from '../fixtures/minimal-feed.js';
import { asFeed } from '../fixtures/as-feed.js';

class TestWidget extends WsisElement {
  crash = false;
  protected override renderFeed(feed: Feed) {
    if (this.crash) throw new Error('boom');
    return litHtml`${this.heading(0, textFor(feed.event.name, this.locale.locale))}`;
  }
}
customElements.define('test-wsis-widget', TestWidget);

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);

describe('WsisElement (shared base)', () => {
  it('shows the loading state while the first document loads', async () => {
    const el = await fixture<TestWidget>(html`<test-wsis-widget src="/test-api/slow-never"></test-wsis-widget>`);
    expect(part(el, 'loading')).to.exist;
    expect(part(el, 'loading')!.getAttribute('role')).to.equal('status');
  });

  it('renders a feed handed over as a property, with the heading at heading-level', async () => {
    const el = await fixture<TestWidget>(html`<test-wsis-widget heading-level="4"></test-wsis-widget>`);
    const loaded = oneEvent(el, 'wsis-load');
    el.feed = asFeed(minimalFeed());
    const event = await loaded;
    await el.updateComplete;
    expect(event.detail.feed.event.id).to.equal('test-event');
    const heading = el.shadowRoot!.querySelector('h4');
    expect(heading?.textContent).to.equal('Test Forum');
  });

  it('shows an alert with a retry button and fires wsis-error when the feed answers 404', async () => {
    const el = document.createElement('test-wsis-widget') as TestWidget;
    const failed = oneEvent(el, 'wsis-error');
    el.src = '/test-api/status/404';
    document.body.append(el);
    const event = await failed;
    await el.updateComplete;
    expect(event.detail.kind).to.equal('http');
    expect(event.detail.status).to.equal(404);
    const alert = part(el, 'error')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('404');
    const retry = alert.querySelector('button')!;
    const again = oneEvent(el, 'wsis-error');
    retry.click();
    await again;
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('keeps an exception thrown while rendering inside the element', async () => {
    const el = await fixture<TestWidget>(html`<test-wsis-widget></test-wsis-widget>`);
    el.crash = true;
    const original = console.error;
    console.error = () => {};
    try {
      const failed = oneEvent(el, 'wsis-error');
      el.feed = asFeed(minimalFeed());
      await failed;
    } finally {
      console.error = original;
    }
    expect(part(el, 'error')?.textContent).to.contain('boom');
  });

  it('takes its language from the nearest ancestor and is right-to-left in Arabic', async () => {
    const wrapper = await fixture(html`<div lang="ar"><test-wsis-widget></test-wsis-widget></div>`);
    const el = wrapper.querySelector('test-wsis-widget') as TestWidget;
    el.feed = asFeed(minimalFeed());
    await waitUntil(() => el.shadowRoot!.querySelector('h2'));
    const root = el.shadowRoot!.querySelector('.root')!;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('منتدى الاختبار');
    expect(getComputedStyle(root).direction).to.equal('rtl');
  });

  it('hides the fallback content placed inside it once it renders', async () => {
    const el = await fixture<TestWidget>(
      html`<test-wsis-widget><a href="https://example.org/">Programme</a></test-wsis-widget>`,
    );
    el.feed = asFeed(minimalFeed());
    await el.updateComplete;
    const link = el.querySelector('a')!;
    expect(link.getClientRects().length).to.equal(0);
  });
});
