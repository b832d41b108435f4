import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { html as litHtml, LitElement } from 'lit';
import { Announcer } from '../../src/internal/announcer.js';
import { MediaQueryController, prefersReducedMotion } from '../../src/internal/media-query.js';
import '../i18n/test-widget.js';
import type { I18nTestWidget } from '../i18n/test-widget.js';
import { setReducedMotion } from '../support/engine.js';

class AnnouncerHost extends LitElement {
  readonly announcer = new Announcer(this, 30);
  renders = 0;
  override render() {
    this.renders++;
    return this.announcer.region();
  }
}
customElements.define('announcer-test-host', AnnouncerHost);

class MotionHost extends LitElement {
  readonly motion = prefersReducedMotion(this);
  override render() {
    return litHtml`<p>${this.motion.matches ? 'still' : 'moving'}</p>`;
  }
}
customElements.define('motion-test-host', MotionHost);

const region = (el: Element) => el.shadowRoot!.querySelector('[role="status"]')!;

describe('Announcer', () => {
  it('renders an empty polite, atomic, visually hidden live region', async () => {
    const el = await fixture<AnnouncerHost>(html`<announcer-test-host></announcer-test-host>`);
    expect(region(el).getAttribute('aria-live')).to.equal('polite');
    expect(region(el).getAttribute('aria-atomic')).to.equal('true');
    expect(region(el).textContent).to.equal('');
  });

  it('speaks only the last of quick announcements, after the delay', async () => {
    const el = await fixture<AnnouncerHost>(html`<announcer-test-host></announcer-test-host>`);
    el.announcer.announce('3 sessions found');
    el.announcer.announce('2 sessions found');
    el.announcer.announce('1 session found');
    await el.updateComplete;
    expect(region(el).textContent).to.equal('');
    await waitUntil(() => region(el).textContent === '1 session found');
    await aTimeout(60);
    expect(region(el).textContent).to.equal('1 session found');
  });

  it('speaks the same text again by emptying the region first', async () => {
    const el = await fixture<AnnouncerHost>(html`<announcer-test-host></announcer-test-host>`);
    el.announcer.announce('No sessions found');
    await waitUntil(() => region(el).textContent === 'No sessions found');
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(region(el).textContent ?? ''));
    observer.observe(region(el), { childList: true, characterData: true, subtree: true });
    el.announcer.announce('No sessions found');
    await waitUntil(() => seen.includes('') && region(el).textContent === 'No sessions found');
    observer.disconnect();
  });

  it('drops a pending announcement when the element leaves the page', async () => {
    const el = await fixture<AnnouncerHost>(html`<announcer-test-host></announcer-test-host>`);
    el.announcer.announce('late');
    el.remove();
    await aTimeout(80);
    expect(el.announcer.message).to.equal('');
  });

  it('is built into the base element, inside its root with the language', async () => {
    const el = await fixture<I18nTestWidget>(html`<i18n-test-widget lang="fr" src="/test-api/slow-never"></i18n-test-widget>`);
    el.say('12 séances trouvées');
    const live = () => el.shadowRoot!.querySelector('.root > [aria-live="polite"][aria-atomic="true"]');
    await waitUntil(() => live()?.textContent === '12 séances trouvées', 'not announced', { timeout: 2000 });
    expect(live()!.closest('[lang]')!.getAttribute('lang')).to.equal('fr');
    expect(live()!.getBoundingClientRect().width).to.be.at.most(1);
  });
});

describe('prefersReducedMotion', () => {
  afterEach(() => setReducedMotion('no-preference'));

  it('reports the preference and re-renders when it changes', async () => {
    await setReducedMotion('no-preference');
    const el = await fixture<MotionHost>(html`<motion-test-host></motion-test-host>`);
    expect(el.shadowRoot!.textContent).to.contain('moving');
    await setReducedMotion('reduce');
    await waitUntil(() => el.shadowRoot!.textContent!.includes('still'));
    expect(el.motion.matches).to.equal(true);
  });

  it('stops listening when the host leaves the page', async () => {
    await setReducedMotion('no-preference');
    const el = await fixture<MotionHost>(html`<motion-test-host></motion-test-host>`);
    el.remove();
    const updates = el.updateComplete;
    await setReducedMotion('reduce');
    await updates;
    await aTimeout(30);
    expect(el.shadowRoot!.textContent).to.contain('moving');
    expect(new MediaQueryController(el, '(min-width: 1px)').matches).to.equal(true);
  });
});
