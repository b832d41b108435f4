import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { SPACE, engine, itOnlyIn, missing, viewportEngines } from '../support/engine.js';
import '../../src/define/partner-wall.js';
import type { WsisPartnerWall } from '../../src/partner-wall/partner-wall.js';
import { logoUrl, partnerFeed } from './fixture-feed.js';
import { asFeed } from '../fixtures/as-feed.js';

const demoSrc = '/demo/feeds/wsis-forum-2021.json';

const parts = (el: WsisPartnerWall, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const part = (el: WsisPartnerWall, name: string) => parts(el, name)[0];
const partner = (el: WsisPartnerWall, id: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="partner"][data-id="${id}"]`)!;
const tierIds = (el: WsisPartnerWall) => parts(el, 'tier').map((tier) => tier.dataset.tier);
const idsIn = (tier: HTMLElement) =>
  [...tier.querySelectorAll<HTMLElement>('[part~="partner"]')].map((item) => item.dataset.id);
const rendered = (el: WsisPartnerWall) => waitUntil(() => part(el, 'tier') || part(el, 'empty'), 'never rendered');

async function wall(template = html`<wsis-partner-wall></wsis-partner-wall>`, feed: unknown = partnerFeed()) {
  const el = await fixture<WsisPartnerWall>(template);
  el.feed = asFeed(feed);
  await rendered(el);
  await el.updateComplete;
  return el;
}

/** Resolves once a scroller's position has stayed the same over three checks 16 ms apart. */
async function scrollSettled(scroller: HTMLElement) {
  let last = NaN;
  let still = 0;
  await waitUntil(
    () => {
      still = scroller.scrollLeft === last ? still + 1 : 0;
      last = scroller.scrollLeft;
      return still >= 3;
    },
    'the row kept scrolling',
    { timeout: 3000, interval: 16 },
  );
}

/** The element that has focus, looking through the wall's shadow root. */
const focused = (el: WsisPartnerWall) => el.shadowRoot!.activeElement as HTMLElement | null;

describe('<wsis-partner-wall>', () => {
  afterEach(async () => {
    if (viewportEngines.includes(engine)) await setViewport({ width: 800, height: 600 });
  });

  it('renders the demo feed’s twelve partners in their six tiers, tiers by rank, partners in feed order', async () => {
    const el = await fixture<WsisPartnerWall>(html`<wsis-partner-wall src=${demoSrc}></wsis-partner-wall>`);
    await rendered(el);
    expect(tierIds(el)).to.deep.equal([
      'platinum',
      'gold-plus',
      'gold',
      'specific-activities',
      'contributing',
      'supporting',
    ]);
    expect(parts(el, 'tier-heading').map((h) => h.textContent!.trim())).to.deep.equal([
      'Platinum Partner',
      'Gold Plus Partner',
      'Gold Partner',
      'Partner for Specific Activities',
      'Contributing Partner',
      'Supporting Partner',
    ]);
    expect(parts(el, 'partner')).to.have.length(12);
    const contributing = parts(el, 'tier').find((tier) => tier.dataset.tier === 'contributing')!;
    expect(idsIn(contributing)).to.deep.equal(['rwanda', 'switzerland', 'isoc', 'icann']);
    // No logo in the demo feed: every partner shows its name.
    expect(partner(el, 'ieee').querySelector('[part~="name"]')!.textContent).to.contain('IEEE');
    await expect(el).to.be.accessible();
  });

  it('orders tiers by rank, not by their place in the feed, and leaves out tiers without partners', async () => {
    const el = await wall();
    expect(tierIds(el)).to.deep.equal(['gold', 'silver', 'tin', 'bronze', 'copper']);
    const gold = parts(el, 'tier')[0];
    expect(idsIn(gold)).to.deep.equal(['zeta', 'acme']);
    expect(gold.querySelector('h2')!.textContent!.trim()).to.equal('Gold Partner');
  });

  it('puts the tier headings at heading-level', async () => {
    const el = await wall(html`<wsis-partner-wall heading-level="4"></wsis-partner-wall>`);
    expect(el.shadowRoot!.querySelectorAll('h4[part~="tier-heading"]')).to.have.length(5);
    expect(el.shadowRoot!.querySelector('h2, h3')).to.equal(null);
  });

  it('gives higher tiers larger logo boxes, the fifth tier the fourth’s size', async () => {
    const el = await wall();
    const height = (id: string) => Math.round(partner(el, id).querySelector('.tile')!.getBoundingClientRect().height);
    expect([height('acme'), height('geneva'), height('evil'), height('b1'), height('c1')]).to.deep.equal([
      120, 96, 80, 64, 64,
    ]);
    el.style.setProperty('--wsis-partner-wall-logo-height-1', '150px');
    el.style.setProperty('--wsis-partner-wall-logo-height-4', '70px');
    expect(height('acme')).to.equal(150);
    expect(height('c1')).to.equal(70);
    expect(Math.round(partner(el, 'acme').querySelector('.tile')!.getBoundingClientRect().width)).to.equal(300);
  });

  it('shows only the tiers named in the tier attribute, still by rank, and follows its changes', async () => {
    const el = await wall(html`<wsis-partner-wall tier=" copper, silver ,gold"></wsis-partner-wall>`);
    expect(tierIds(el)).to.deep.equal(['gold', 'silver', 'copper']);
    el.setAttribute('tier', 'tin');
    await el.updateComplete;
    expect(tierIds(el)).to.deep.equal(['tin']);
    el.removeAttribute('tier');
    await el.updateComplete;
    expect(tierIds(el)).to.have.length(5);
  });

  it('shows the empty state when the filter leaves no partner', async () => {
    const el = await wall(html`<wsis-partner-wall tier="diamond,unknown"></wsis-partner-wall>`);
    expect(parts(el, 'tier')).to.have.length(0);
    expect(part(el, 'empty').textContent).to.contain('No partners in the selected tiers.');
    expect(part(el, 'empty').getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
  });

  it('shows the empty state when the feed lists no partners', async () => {
    const feed = { ...partnerFeed(), partners: [] };
    const el = await wall(html`<wsis-partner-wall tier="gold"></wsis-partner-wall>`, feed);
    expect(part(el, 'empty').textContent).to.contain('No partners to show yet.');
    await expect(el).to.be.accessible();
  });

  it('shows a logo with the partner’s name as alt, its size reserved, lazy-loaded', async () => {
    const el = await wall();
    const img = partner(el, 'acme').querySelector<HTMLImageElement>('img[part~="logo"]')!;
    expect(img.alt).to.equal('Acme Corporation');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('decoding')).to.equal('async');
    expect(img.getAttribute('width')).to.equal('240');
    expect(img.getAttribute('height')).to.equal('120');
    await waitUntil(() => img.complete && img.naturalWidth === 2, 'the logo did not load');
    expect(partner(el, 'acme').querySelector('[part~="name"]')).to.equal(null);
  });

  it('reserves the logo’s box before the image arrives, so nothing moves', async () => {
    const feed = partnerFeed();
    feed.partners[2] = { ...feed.partners[2], logo: logoUrl('slow-logo.png') };
    const el = await wall(html`<wsis-partner-wall></wsis-partner-wall>`, feed);
    const img = partner(el, 'acme').querySelector<HTMLImageElement>('img')!;
    const next = partner(el, 'geneva');
    expect(img.complete).to.equal(false);
    const before = { tile: img.parentElement!.getBoundingClientRect(), next: next.getBoundingClientRect() };
    expect(Math.round(before.tile.height)).to.equal(120);
    await waitUntil(() => img.complete && img.naturalWidth > 0, 'the slow logo did not load', { timeout: 5000 });
    const after = { tile: img.parentElement!.getBoundingClientRect(), next: next.getBoundingClientRect() };
    expect(after.tile.height).to.equal(before.tile.height);
    expect(after.next.top).to.equal(before.next.top);
  });

  it('falls back to a tile with the partner’s name when the logo answers 404', async () => {
    const el = await wall();
    const tile = () => partner(el, 'broken').querySelector('[part~="name"]');
    await waitUntil(tile, 'no name tile after the logo failed', { timeout: 5000 });
    expect(tile()!.textContent).to.equal('Broken Logo Ltd');
    expect(partner(el, 'broken').querySelector('img')).to.equal(null);
    const link = partner(el, 'broken').querySelector<HTMLAnchorElement>('a[part~="link"]')!;
    expect(link.href).to.equal('https://broken.example/');
    expect(link.textContent!.trim()).to.equal('Broken Logo Ltd');
    await expect(el).to.be.accessible();
  });

  it('links each tile to the partner’s url with rel="noopener noreferrer" and no new window', async () => {
    const el = await wall();
    const link = partner(el, 'geneva').querySelector<HTMLAnchorElement>('a')!;
    expect(link.getAttribute('part')).to.equal('link');
    expect(link.href).to.equal('https://geneva.example/');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(link.hasAttribute('target')).to.equal(false);
    expect(link.textContent!.trim()).to.equal('Geneva Partners');
    // No url, or one with a forbidden scheme: a tile without a link.
    expect(partner(el, 'zeta').querySelector('a')).to.equal(null);
    expect(partner(el, 'evil').querySelector('a')).to.equal(null);
    expect(partner(el, 'evil').textContent).to.contain('Evil Link');
  });

  it('names the partner’s country in the element’s language', async () => {
    const el = await wall();
    expect(part(el, 'country').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Country: Switzerland');
    const fr = await wall(html`<wsis-partner-wall lang="fr"></wsis-partner-wall>`);
    await waitUntil(() => part(fr, 'country').textContent!.includes('Pays'), 'no French UI strings');
    const suisse = new Intl.DisplayNames(['fr'], { type: 'region' }).of('CH')!;
    expect(part(fr, 'country').textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Pays : ${suisse}`);
    expect(part(fr, 'tier-heading').textContent!.trim()).to.equal('Partenaire Or');
  });

  it('opens the description with a button that keyboard and screen reader users can reach', async () => {
    const el = await wall();
    const button = partner(el, 'geneva').querySelector<HTMLButtonElement>('button[part~="more"]')!;
    const description = partner(el, 'geneva').querySelector<HTMLElement>('[part~="description"]')!;
    expect(button.getAttribute('aria-label')).to.equal('More about Geneva Partners');
    expect(button.textContent!.trim()).to.equal('More');
    expect(button.getAttribute('aria-controls')).to.equal(description.id);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(getComputedStyle(description).display).to.equal('none');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle(description).display).not.to.equal('none');
    expect(description.textContent!.trim()).to.equal('Hosts the hackathon.');
    expect(Math.round(button.getBoundingClientRect().height)).to.be.at.least(24);
    await expect(el).to.be.accessible();
    await sendKeys({ press: SPACE });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    // Partners without a description have no button.
    expect(partner(el, 'acme').querySelector('button')).to.equal(null);
  });

  it('is reached with Tab in reading order: each link, then the description button', async () => {
    const container = await fixture<HTMLElement>(
      html`<div><button id="before">before</button><wsis-partner-wall></wsis-partner-wall></div>`,
    );
    const el = container.querySelector('wsis-partner-wall')!;
    el.feed = asFeed(partnerFeed());
    await rendered(el);
    container.querySelector<HTMLButtonElement>('#before')!.focus();
    const order: string[] = [];
    for (let i = 0; i < 5; i++) {
      await sendKeys({ press: 'Tab' });
      const active = focused(el);
      order.push(`${active?.closest<HTMLElement>('[part~="partner"]')?.dataset.id}:${active?.getAttribute('part')}`);
    }
    expect(order).to.deep.equal(['acme:link', 'broken:link', 'geneva:link', 'geneva:more', 'c1:link']);
  });

  it('draws focus rings inside the host, where its paint containment cannot clip them', async () => {
    const container = await fixture<HTMLElement>(
      html`<div><button id="before">before</button><wsis-partner-wall layout="row"></wsis-partner-wall></div>`,
    );
    const el = container.querySelector('wsis-partner-wall')!;
    el.feed = asFeed(partnerFeed());
    await rendered(el);
    container.querySelector<HTMLButtonElement>('#before')!.focus();
    const host = el.getBoundingClientRect();
    const ringInside = (target: HTMLElement) => {
      const style = getComputedStyle(target);
      expect(style.outlineStyle).not.to.equal('none');
      const reach = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
      const box = target.getBoundingClientRect();
      expect(box.left - reach, 'left').to.be.at.least(host.left);
      expect(box.top - reach, 'top').to.be.at.least(host.top);
      expect(box.right + reach, 'right').to.be.at.most(host.right);
    };
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(part(el, 'scroller'));
    ringInside(part(el, 'scroller'));
    await sendKeys({ press: 'Tab' });
    expect(focused(el)!.getAttribute('part')).to.equal('link');
    ringInside(focused(el)!);
  });

  itOnlyIn(viewportEngines, missing.viewport, 'wraps in grid layout at 320 px without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await wall(html`<wsis-partner-wall></wsis-partner-wall>`, await (await fetch(demoSrc)).json());
    const root = part(el, 'root');
    expect(root.scrollWidth).to.be.at.most(root.clientWidth);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    const tops = new Set(parts(el, 'partner').map((item) => Math.round(item.getBoundingClientRect().top)));
    expect(tops.size).to.be.greaterThan(6);
    await expect(el).to.be.accessible();
  });

  it('puts every partner in one row in row layout, a labelled region that scrolls with the arrow keys', async () => {
    const el = await wall(
      html`<wsis-partner-wall layout="row"></wsis-partner-wall>`,
      await (await fetch(demoSrc)).json(),
    );
    el.style.width = '480px';
    const scroller = part(el, 'scroller');
    expect(scroller.getAttribute('role')).to.equal('region');
    expect(scroller.getAttribute('aria-label')).to.equal('Partners');
    expect(scroller.tabIndex).to.equal(0);
    const items = parts(el, 'partner');
    expect(items).to.have.length(12);
    expect(new Set(items.map((item) => Math.round(item.getBoundingClientRect().top))).size).to.equal(1);
    expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
    expect(tierIds(el)[0]).to.equal('platinum');

    scroller.focus();
    expect(focused(el)).to.equal(scroller);
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => scroller.scrollLeft > 0, 'ArrowRight did not scroll the row');
    // Let the (smooth) keyboard scroll end before pressing the other way: WebKit ran the two
    // animations into each other when ArrowLeft came mid-scroll.
    await scrollSettled(scroller);
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => scroller.scrollLeft === 0, 'ArrowLeft did not scroll the row back', { timeout: 3000 });
    await expect(el).to.be.accessible();
  });

  it('does not move the row by itself', async () => {
    const el = await wall(html`<wsis-partner-wall layout="row"></wsis-partner-wall>`, await (await fetch(demoSrc)).json());
    el.style.width = '480px';
    const scroller = part(el, 'scroller');
    await aTimeout(600);
    expect(scroller.scrollLeft).to.equal(0);
    expect(getComputedStyle(scroller).animationName).to.equal('none');
  });

  it('reads right to left in Arabic, with the row scrolling towards the left', async () => {
    const el = await wall(html`<wsis-partner-wall lang="ar" layout="row"></wsis-partner-wall>`);
    el.style.width = '400px';
    await waitUntil(() => part(el, 'scroller').getAttribute('aria-label') === 'الشركاء', 'no Arabic UI strings');
    const root = part(el, 'root');
    expect(getComputedStyle(root).direction).to.equal('rtl');
    expect(part(el, 'tier-heading').textContent!.trim()).to.equal('شريك ذهبي');
    const button = partner(el, 'geneva').querySelector('button')!;
    expect(button.getAttribute('aria-label')).to.equal('المزيد عن شركاء جنيف');
    expect(part(el, 'country').textContent).to.contain(new Intl.DisplayNames(['ar'], { type: 'region' }).of('CH')!);
    // The first tier sits at the right-hand edge.
    const scroller = part(el, 'scroller');
    const first = parts(el, 'tier')[0].getBoundingClientRect();
    expect(Math.round(first.right)).to.be.closeTo(Math.round(scroller.getBoundingClientRect().right), 12);
    scroller.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => scroller.scrollLeft < 0, 'ArrowLeft did not scroll the Arabic row');
    await expect(el).to.be.accessible();
  });

  it('is accessible in the Arabic grid too', async () => {
    const el = await wall(html`<wsis-partner-wall lang="ar"></wsis-partner-wall>`);
    await waitUntil(() => partner(el, 'geneva').querySelector('button')!.textContent!.includes('المزيد'));
    expect(getComputedStyle(part(el, 'root')).direction).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  it('is accessible in dark theme', async () => {
    const el = await wall(html`<wsis-partner-wall theme="dark"></wsis-partner-wall>`);
    expect(getComputedStyle(part(el, 'root')).backgroundColor).to.equal('rgb(22, 25, 29)');
    partner(el, 'geneva').querySelector('button')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('is accessible while loading', async () => {
    const el = await fixture<WsisPartnerWall>(html`<wsis-partner-wall src="/test-api/slow-never"></wsis-partner-wall>`);
    expect(part(el, 'loading')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows the error state, accessible, when the feed answers 404', async () => {
    const el = document.createElement('wsis-partner-wall');
    const failed = oneEvent(el, 'wsis-error');
    el.src = '/test-api/status/404';
    document.body.append(el);
    await failed;
    await el.updateComplete;
    expect(part(el, 'error').getAttribute('role')).to.equal('alert');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('keeps a failed logo as a name tile and an open description across a refreshed feed', async () => {
    const el = await wall();
    await waitUntil(() => partner(el, 'broken').querySelector('[part~="name"]'), 'no name tile', { timeout: 5000 });
    partner(el, 'geneva').querySelector('button')!.click();
    await el.updateComplete;
    const feed = partnerFeed();
    feed.partners.reverse();
    el.feed = asFeed(feed);
    await waitUntil(() => idsIn(parts(el, 'tier')[0])[0] === 'acme', 'the new feed was not shown');
    expect(partner(el, 'broken').querySelector('img')).to.equal(null);
    expect(partner(el, 'geneva').querySelector('button')!.getAttribute('aria-expanded')).to.equal('true');
  });
});
