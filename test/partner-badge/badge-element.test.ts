import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { asFeed } from '../fixtures/as-feed.js';
import '../../src/define/partner-badge.js';
import '../../src/define/partner-wall.js';
import type { WsisPartnerBadge } from '../../src/partner-badge/partner-badge.js';

// The badge's own light element (src/partner-badge/badge-element.ts): what a page sees of it
// that Lit gave the badge before (attributes, reflection, update timing, disconnection, the
// guard), and its badge-sized sheet, which must compute like the shared tokens and base rules.

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`) ?? undefined;
const text = (node: Element | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const demoSrc = '/demo/feeds/wsis-forum-2021.json';

let demo: Record<string, unknown>;
before(async () => {
  demo = (await (await fetch(demoSrc)).json()) as Record<string, unknown>;
});

let keys = 0;
const newKey = () => `badge-element-${Date.now().toString(36)}-${keys++}`;
const requests = async (key: string) => ((await (await fetch(`/test-api/feed/stats/${key}`)).json()) as { requests: number }).requests;

describe('<wsis-partner-badge> on its light element', () => {
  it('re-renders when its attributes change, and reflects partner, layout and theme', async () => {
    const el = await fixture<WsisPartnerBadge>(html`<wsis-partner-badge></wsis-partner-badge>`);
    el.feed = asFeed(demo);
    await waitUntil(() => part(el, 'empty'), 'no empty state');
    expect(el.getAttribute('layout')).to.equal('horizontal');
    expect(el.getAttribute('theme')).to.equal('light');
    el.setAttribute('partner', 'uae');
    await el.updateComplete;
    expect(el.partner).to.equal('uae');
    expect(text(part(el, 'tier'))).to.equal('Platinum Partner');
    el.setAttribute('lang', 'fr');
    await waitUntil(() => text(part(el, 'tier')) === 'Partenaire Platine', 'not in French');
    expect(part(el, 'root')!.getAttribute('lang')).to.equal('fr');
    el.setAttribute('refresh', '30');
    el.setAttribute('heading-level', '4');
    expect(el.refresh).to.equal(30);
    expect(el.headingLevel).to.equal(4);
    el.theme = 'dark';
    el.partner = 'qatar';
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(el.getAttribute('partner')).to.equal('qatar');
    expect(text(part(el, 'tier'))).to.equal('Partenaire Or');
    el.removeAttribute('partner');
    await el.updateComplete;
    expect(part(el, 'empty')).to.not.equal(undefined);
  });

  it('renders nothing before it is connected, and once connected', async () => {
    const el = document.createElement('wsis-partner-badge') as WsisPartnerBadge;
    el.partner = 'uae';
    el.feed = asFeed(demo);
    await el.updateComplete;
    expect(el.shadowRoot!.childNodes.length).to.equal(0);
    document.body.append(el);
    try {
      await waitUntil(() => part(el, 'tier'), 'never rendered');
      expect(el.hasAttribute('partner')).to.equal(true);
    } finally {
      el.remove();
    }
  });

  it('stops re-reading its feed once disconnected', async () => {
    const key = newKey();
    const el = document.createElement('wsis-partner-badge') as WsisPartnerBadge;
    el.src = `/test-api/feed/doc/${key}`;
    el.refresh = 1;
    document.body.append(el);
    await waitUntil(async () => (await requests(key)) >= 2, 'not read again', { timeout: 5000 });
    el.remove();
    const after = await requests(key);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(await requests(key)).to.equal(after);
  });

  it('keeps an exception of its rendering inside: the error state and wsis-error, nothing thrown into the page', async () => {
    const el = await fixture<WsisPartnerBadge>(html`<wsis-partner-badge partner="uae"></wsis-partner-badge>`);
    el.feed = asFeed(demo);
    await waitUntil(() => part(el, 'tier'), 'never rendered');
    const errors: string[] = [];
    const kinds: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    el.addEventListener('wsis-error', (event) => kinds.push(event.detail.kind));
    // A feed object whose event throws when read at render time (a getter): read, then shown.
    const feed = el.feedState.feed!;
    Object.defineProperty(feed.event, 'start', {
      get() {
        throw new Error('hostile getter');
      },
      configurable: true,
    });
    el.layout = 'vertical';
    await el.updateComplete;
    window.removeEventListener('error', onError);
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
    expect(text(part(el, 'error'))).to.contain('hostile getter');
    // Reported as every element reports it (each failed update fires it once; the error state's
    // explanations arriving update it once more).
    expect(kinds.length).to.be.at.least(1);
    expect(new Set(kinds)).to.deep.equal(new Set(['schema']));
    expect(errors).to.deep.equal([]);
  });

  it('its badge-sized sheet computes the shared tokens and the error state as every element does, in both themes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <wsis-partner-badge src="/test-api/status/500"></wsis-partner-badge>
      <wsis-partner-wall src="/test-api/status/500"></wsis-partner-wall>
    </div>`);
    const badge = wrapper.querySelector('wsis-partner-badge')!;
    const wall = wrapper.querySelector('wsis-partner-wall')!;
    await waitUntil(() => part(badge, 'error') && part(wall, 'error'), 'no error states', { timeout: 5000 });
    const tokens = ['--_accent', '--_on-accent', '--_surface', '--_surface-alt', '--_text', '--_muted', '--_border-strong', '--_danger', '--_focus-color', '--_font', '--_font-size', '--_font-size-s', '--_line-height', '--_radius', '--_space-xs', '--_space-s', '--_space-m', '--_focus', '--_focus-offset'];
    const stateStyle = ['padding-top', 'padding-left', 'border-top-left-radius', 'border-top-color', 'color', 'font-size', 'line-height', 'font-family', 'display'];
    const retryStyle = ['background-color', 'color', 'padding-left', 'border-top-color', 'min-block-size'];
    for (const theme of ['light', 'dark']) {
      badge.setAttribute('theme', theme);
      wall.setAttribute('theme', theme);
      await Promise.all([(badge as WsisPartnerBadge).updateComplete, (wall as unknown as WsisPartnerBadge).updateComplete]);
      const b = getComputedStyle(badge);
      const w = getComputedStyle(wall);
      // Custom properties keep their text as written: compared without white space.
      const value = (style: CSSStyleDeclaration, token: string) => style.getPropertyValue(token).replace(/\s+/g, '');
      for (const token of tokens) expect(value(b, token), `${theme} ${token}`).to.equal(value(w, token));
      const same = (name: string, properties: string[]) => {
        const be = getComputedStyle(part(badge, name)!);
        const we = getComputedStyle(part(wall, name)!);
        for (const property of properties) expect(be.getPropertyValue(property), `${theme} ${name} ${property}`).to.equal(we.getPropertyValue(property));
      };
      same('error', stateStyle);
      same('retry', retryStyle);
    }
  });
});
