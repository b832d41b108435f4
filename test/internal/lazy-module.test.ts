import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { html as litHtml, LitElement } from 'lit';
import type { WsisErrorEvent } from '../../src/events/feed-events.js';
import { LazyModule } from '../../src/internal/lazy-module.js';

/** A host whose module loader is a promise the test settles by hand. */
class LazyHost extends LitElement {
  loads = 0;
  settle?: { resolve: (value: string) => void; reject: (error: Error) => void };
  readonly piece = new LazyModule(this, 'the test part', () => {
    this.loads++;
    return new Promise<string>((resolve, reject) => (this.settle = { resolve, reject }));
  });
  override render() {
    return litHtml`<p>${this.piece.module ?? this.piece.status}</p>${this.piece.renderFailure({ errorTitle: 'Broken.', retry: 'Again' })}`;
  }
}
customElements.define('lazy-module-test-host', LazyHost);

const shown = (el: LazyHost) => el.shadowRoot!.querySelector('p')!.textContent;

describe('LazyModule', () => {
  it('loads once however often it is requested, and re-renders its host when the module arrives', async () => {
    const el = await fixture<LazyHost>(html`<lazy-module-test-host></lazy-module-test-host>`);
    expect(shown(el)).to.equal('idle');
    el.piece.request();
    el.piece.request();
    el.requestUpdate();
    await el.updateComplete;
    el.piece.request();
    expect(el.loads).to.equal(1);
    expect(shown(el)).to.equal('loading');
    el.settle!.resolve('the module');
    await waitUntil(() => shown(el) === 'the module');
    el.piece.request();
    expect(el.loads).to.equal(1);
  });

  it('keeps a failure, reports it as wsis-error kind "code", shows an alert with retry, and retries only when asked', async () => {
    const el = await fixture<LazyHost>(html`<lazy-module-test-host></lazy-module-test-host>`);
    el.piece.request();
    const reported = oneEvent(el, 'wsis-error') as Promise<WsisErrorEvent>;
    el.settle!.reject(new Error('offline'));
    const event = await reported;
    expect(event.detail.kind).to.equal('code');
    expect(event.detail.message).to.contain('the test part');
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'));
    expect(shown(el)).to.equal('error');
    el.piece.request();
    expect(el.loads, 'a failure is not retried by itself').to.equal(1);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    expect(el.loads).to.equal(2);
    el.settle!.resolve('second try');
    await waitUntil(() => shown(el) === 'second try');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });
});
