import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { asFeed } from '../fixtures/as-feed.js';
import { WsisPartnerBadge } from '../../src/index.js';

// <wsis-partner-badge> as the all-in-one bundle defines it (bundled-badge.ts: a thin class on
// WsisBase, its content and view loaded when the first badge connects, its feed read through the
// page's shared loader): the same badge as partner-badge.js's light class shows.

type Demo = { event: Record<string, unknown>; partners: Record<string, unknown>[] };
let demo: Demo;
before(async () => {
  demo = (await (await fetch('/demo/feeds/wsis-forum-2021.json')).json()) as Demo;
});

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`) ?? undefined;
const text = (node: Element | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const feed = (event: Record<string, unknown> = {}) => ({ ...demo, event: { ...demo.event, ...event } });

let keys = 0;
const newKey = () => `bundled-badge-${Date.now().toString(36)}-${keys++}`;
const requests = async (key: string) => ((await (await fetch(`/test-api/feed/stats/${key}`)).json()) as { requests: number }).requests;

async function badge(template: ReturnType<typeof html>, data: unknown = feed()) {
  const el = await fixture<WsisPartnerBadge>(template);
  el.feed = asFeed(data);
  await waitUntil(() => part(el, 'badge') || part(el, 'empty'), 'never rendered', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

describe('<wsis-partner-badge> in the all-in-one bundle', () => {
  it('is the class wsis-widgets exports, and names the tier, the event and its dates as one link', async () => {
    expect(customElements.get('wsis-partner-badge')).to.equal(WsisPartnerBadge);
    const el = await badge(html`<wsis-partner-badge partner="uae"></wsis-partner-badge>`);
    const link = part(el, 'link') as HTMLAnchorElement;
    expect(link).to.equal(part(el, 'badge'));
    expect(link.getAttribute('href')).to.equal('https://www.itu.int/net4/wsis/forum/2021/');
    expect(text(link)).to.equal('Platinum Partner WSIS Forum 2021 Dates: Jan 26 – May 21, 2021');
    await expect(el).to.be.accessible();
  });

  it('follows changes of partner and layout (reflected), and shows the empty state for an unknown partner', async () => {
    const el = await badge(html`<wsis-partner-badge partner="uae"></wsis-partner-badge>`);
    el.layout = 'vertical';
    el.setAttribute('partner', 'qatar');
    await el.updateComplete;
    expect([el.partner, el.getAttribute('layout')]).to.deep.equal(['qatar', 'vertical']);
    expect(part(el, 'badge')!.classList.contains('vertical')).to.equal(true);
    expect(text(part(el, 'tier'))).to.equal('Gold Partner');
    el.partner = 'nobody';
    await el.updateComplete;
    expect(part(el, 'badge')).to.equal(undefined);
    expect(part(el, 'empty')!.getAttribute('role')).to.equal('status');
    expect(text(part(el, 'empty'))).to.contain('This partner is not in the feed.');
  });

  it('drops an event logo that fails to load, and keeps the rest', async () => {
    const el = await badge(
      html`<wsis-partner-badge partner="gcoa"></wsis-partner-badge>`,
      feed({ logo: new URL('/test-api/partner-wall/missing.png', location.href).href }),
    );
    await waitUntil(() => !part(el, 'logo'), 'the broken logo stayed');
    expect(text(part(el, 'tier'))).to.equal('Supporting Partner');
    expect(text(part(el, 'event'))).to.equal('WSIS Forum 2021');
  });

  it('shares one request with a partner wall reading the same feed (the shared loader)', async () => {
    const src = `/test-api/feed/doc/${newKey()}`;
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <wsis-partner-wall src=${src}></wsis-partner-wall>
      <wsis-partner-badge src=${src} partner="a"></wsis-partner-badge>
    </div>`);
    const badgeEl = wrapper.querySelector('wsis-partner-badge')!;
    const wall = wrapper.querySelector('wsis-partner-wall')!;
    await waitUntil(() => part(badgeEl, 'empty') && !part(wall, 'loading'), 'not both read', { timeout: 5000 });
    expect(await requests(src.split('/').pop()!)).to.equal(1);
  });
});
