import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { asFeed } from '../fixtures/as-feed.js';
import '../../src/define/partner-badge.js';
import type { WsisPartnerBadge } from '../../src/partner-badge/partner-badge.js';

type Demo = { event: Record<string, unknown>; partners: Record<string, unknown>[] };
let demo: Demo;
before(async () => {
  demo = (await (await fetch('/demo/feeds/wsis-forum-2021.json')).json()) as Demo;
});

const part = (el: WsisPartnerBadge, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`) ?? undefined;
const text = (node: Element | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const box = (el: WsisPartnerBadge) => part(el, 'badge')!.getBoundingClientRect();

/** The demo feed, with a stand-in event logo when `logo` is given. */
const feed = (event: Record<string, unknown> = {}) => ({ ...demo, event: { ...demo.event, ...event } });
const LOGO = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#0b5cab"/></svg>',
)}`;

async function badge(template: ReturnType<typeof html>, data: unknown = feed()) {
  const el = await fixture<WsisPartnerBadge>(template);
  el.feed = asFeed(data);
  await waitUntil(() => part(el, 'badge') || part(el, 'empty'), 'never rendered');
  await el.updateComplete;
  return el;
}

describe('<wsis-partner-badge>', () => {
  it("names the partner's tier in words, the event and its dates, as one link to the event's site", async () => {
    const el = await badge(html`<wsis-partner-badge partner="uae"></wsis-partner-badge>`);
    const link = part(el, 'link') as HTMLAnchorElement;
    expect(link).to.equal(part(el, 'badge'));
    expect(link.localName).to.equal('a');
    expect(link.getAttribute('href')).to.equal('https://www.itu.int/net4/wsis/forum/2021/');
    expect(text(part(el, 'tier'))).to.equal('Platinum Partner');
    expect(text(part(el, 'event'))).to.equal('WSIS Forum 2021');
    expect(text(link)).to.equal('Platinum Partner WSIS Forum 2021 Dates: Jan 26 – May 21, 2021');
    expect(part(el, 'logo')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('shows the event logo (decorative: the name follows as text), and drops it if it fails to load', async () => {
    const el = await badge(html`<wsis-partner-badge partner="gcoa"></wsis-partner-badge>`, feed({ logo: LOGO }));
    const logo = part(el, 'logo') as HTMLImageElement;
    expect(logo.getAttribute('src')).to.equal(LOGO);
    expect(logo.getAttribute('alt')).to.equal('');
    expect(text(part(el, 'tier'))).to.equal('Supporting Partner');
    await expect(el).to.be.accessible();
    const broken = await badge(
      html`<wsis-partner-badge partner="gcoa"></wsis-partner-badge>`,
      feed({ logo: new URL('/test-api/partner-wall/missing.png', location.href).href }),
    );
    await waitUntil(() => !part(broken, 'logo'), 'the broken logo stayed');
    expect(text(part(broken, 'event'))).to.equal('WSIS Forum 2021');
  });

  it('is not a link when the event has no http(s) url', async () => {
    for (const url of [undefined, 'javascript:alert(1)']) {
      const el = await badge(html`<wsis-partner-badge partner="uae"></wsis-partner-badge>`, feed({ url }));
      expect(part(el, 'badge')!.localName).to.equal('div');
      expect(part(el, 'link')).to.equal(undefined);
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    }
  });

  it('one day is written once, not as a range', async () => {
    const el = await badge(
      html`<wsis-partner-badge partner="uae" lang="en-GB"></wsis-partner-badge>`,
      feed({ start: '2021-05-17', end: '2021-05-17' }),
    );
    expect(text(part(el, 'badge'))).to.match(/ 17 May 2021$/);
  });

  it('follows changes of partner and layout', async () => {
    const el = await badge(html`<wsis-partner-badge partner="uae"></wsis-partner-badge>`);
    expect(part(el, 'badge')!.classList.contains('horizontal')).to.equal(true);
    el.partner = 'qatar';
    el.layout = 'vertical';
    await el.updateComplete;
    expect(text(part(el, 'tier'))).to.equal('Gold Partner');
    expect(el.getAttribute('layout')).to.equal('vertical');
    expect(part(el, 'badge')!.classList.contains('vertical')).to.equal(true);
    el.setAttribute('layout', 'diagonal');
    await el.updateComplete;
    expect(part(el, 'badge')!.classList.contains('horizontal')).to.equal(true);
  });

  for (const layout of ['horizontal', 'vertical']) {
    for (const lang of ['en', 'ru', 'ar']) {
      it(`${layout}, ${lang}: fits 200 × 100 px with the longest tier name and a logo`, async () => {
        const el = await badge(
          html`<wsis-partner-badge partner="ieee" layout=${layout} lang=${lang}></wsis-partner-badge>`,
          feed({ logo: LOGO }),
        );
        await waitUntil(() => lang === 'en' || !/Dates/.test(text(part(el, 'badge'))));
        const { width, height } = box(el);
        expect(width).to.be.at.most(200);
        expect(height).to.be.at.most(100);
      });
    }
  }

  it('scales up with a wider host: twice the width, twice the text', async () => {
    const small = await badge(html`<wsis-partner-badge partner="uae"></wsis-partner-badge>`);
    const large = await badge(html`<wsis-partner-badge class="large" partner="uae"></wsis-partner-badge>`);
    large.style.setProperty('--wsis-partner-badge-width', '400px');
    await waitUntil(() => box(large).width > 390);
    expect(box(large).width).to.equal(400);
    const size = (el: WsisPartnerBadge) => parseFloat(getComputedStyle(part(el, 'tier')!).fontSize);
    expect(size(large)).to.equal(size(small) * 2);
    expect(box(large).height).to.be.closeTo(box(small).height * 2, 2);
  });

  it('never grows wider than its container', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div class="narrow"><wsis-partner-badge partner="uae"></wsis-partner-badge></div>`);
    wrapper.style.setProperty('inline-size', '150px');
    const el = wrapper.querySelector('wsis-partner-badge')!;
    el.feed = asFeed(feed());
    await waitUntil(() => part(el, 'badge'));
    expect(box(el).width).to.be.at.most(150);
  });

  it('fires wsis-load with the feed, and reports dropped items in it', async () => {
    const el = await fixture<WsisPartnerBadge>(html`<wsis-partner-badge partner="uae"></wsis-partner-badge>`);
    const loaded = oneEvent(el, 'wsis-load');
    el.feed = asFeed({ ...feed(), partners: [...demo.partners, { id: 'x', name: 'X', tier: 'none' }] });
    const { detail } = await loaded;
    expect(detail.warnings.map((w: { path: string }) => w.path)).to.deep.equal(['partners[12].tier']);
  });
});
