import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { asFeed } from '../fixtures/as-feed.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/partner-wall.js';
import type { WsisPartnerWall } from '../../src/partner-wall/partner-wall.js';
import { logoUrl, partnerFeed } from './fixture-feed.js';
import { localNumber } from '../support/engine.js';

const demoSrc = '/demo/feeds/wsis-forum-2021.json';

const parts = (el: WsisPartnerWall, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const part = (el: WsisPartnerWall, name: string) => parts(el, name)[0];
const text = (node: Element | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const ids = (el: WsisPartnerWall) => parts(el, 'partner').map((item) => item.dataset.id);

const session = (id: string, organizers: string[]) => ({
  id,
  title: `Session ${id}`,
  start: '2021-03-22T09:00:00+01:00',
  end: '2021-03-22T10:00:00+01:00',
  organizers,
});

/** The partner feed with sessions and prizes: acme organizes three sessions and sponsors one prize. */
function involvedFeed() {
  return {
    ...partnerFeed(),
    sessions: [session('s1', ['acme']), session('s2', ['geneva', 'acme']), session('s3', ['geneva']), session('s4', ['acme'])],
    prizes: [
      { id: 'p1', name: 'Test Prize', year: 2021, url: 'https://example.org/prize', awards: [], sponsors: ['acme'] },
      { id: 'p2', name: 'Other Prize', year: 2021, awards: [], sponsors: ['zeta'] },
    ],
  };
}

async function wall(template: ReturnType<typeof html>, feed: unknown = involvedFeed()) {
  const first = await fixture<HTMLElement>(template);
  const el = (first.localName === 'wsis-partner-wall' ? first : first.querySelector('wsis-partner-wall')) as WsisPartnerWall;
  el.feed = asFeed(feed);
  await waitUntil(() => part(el, 'tier') || part(el, 'card') || part(el, 'empty'), 'never rendered');
  await el.updateComplete;
  return el;
}

describe('<wsis-partner-wall partner>', () => {
  it('shows only the named partners, grouped by tier as usual', async () => {
    const el = await wall(html`<wsis-partner-wall partner="geneva, zeta"></wsis-partner-wall>`);
    expect(parts(el, 'tier').map((tier) => tier.dataset.tier)).to.deep.equal(['gold', 'silver']);
    expect(ids(el)).to.deep.equal(['zeta', 'geneva']);
    expect(part(el, 'card')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('shows one partner as a card: logo linking to its site, name, tier in words and the event', async () => {
    const el = await wall(html`<wsis-partner-wall partner="acme"></wsis-partner-wall>`);
    const card = part(el, 'card');
    expect(card.dataset.id).to.equal('acme');
    expect(part(el, 'tier')).to.equal(undefined);
    expect(text(part(el, 'partner-name'))).to.equal('Acme Corporation');
    expect(part(el, 'partner-name').localName).to.equal('h2');
    expect(text(part(el, 'card-tier'))).to.equal('Gold Partner');
    expect(text(part(el, 'card-event'))).to.equal('Test Forum');
    expect(part(el, 'link').getAttribute('href')).to.equal('https://acme.example/');
    const logo = part(el, 'logo') as HTMLImageElement;
    expect(logo.getAttribute('src')).to.equal(logoUrl('logo.png'));
    expect(logo.alt).to.equal('Acme Corporation');
    await expect(el).to.be.accessible();
  });

  it('lists what the partner organized and sponsored', async () => {
    const el = await wall(html`<wsis-partner-wall partner="acme"></wsis-partner-wall>`);
    expect(text(part(el, 'involvement-heading'))).to.equal('Involvement');
    expect(part(el, 'involvement-heading').localName).to.equal('h3');
    expect(text(part(el, 'sessions'))).to.equal('3 sessions');
    expect(part(el, 'sessions-link')).to.equal(undefined);
    expect(parts(el, 'sponsorship').map(text)).to.deep.equal(['Sponsor of the Test Prize']);
    expect(part(el, 'sponsorship').querySelector('a')!.getAttribute('href')).to.equal('https://example.org/prize');
  });

  it('says "1 session" for one, and leaves out what the partner did not do', async () => {
    const el = await wall(html`<wsis-partner-wall partner="zeta"></wsis-partner-wall>`, {
      ...involvedFeed(),
      sessions: [session('s1', ['zeta'])],
    });
    expect(text(part(el, 'sessions'))).to.equal('1 session');
    expect(parts(el, 'sponsorship').map(text)).to.deep.equal(['Sponsor of the Other Prize']);
    // Other Prize has no url: text, not a link.
    expect(part(el, 'sponsorship').querySelector('a')).to.equal(null);
    const quiet = await wall(html`<wsis-partner-wall partner="b1"></wsis-partner-wall>`);
    expect(part(quiet, 'involvement')).to.equal(undefined);
    expect(part(quiet, 'involvement-heading')).to.equal(undefined);
    await expect(quiet).to.be.accessible();
  });

  it("shows the partner's name instead of a logo that fails, and its description", async () => {
    const el = await wall(html`<wsis-partner-wall partner="broken"></wsis-partner-wall>`);
    await waitUntil(() => part(el, 'name'), 'the broken logo was not replaced');
    expect(text(part(el, 'name'))).to.equal('Broken Logo Ltd');
    const geneva = await wall(html`<wsis-partner-wall partner="geneva"></wsis-partner-wall>`);
    expect(text(part(geneva, 'description'))).to.equal('Hosts the hackathon.');
    expect(part(geneva, 'more')).to.equal(undefined);
  });

  it('never links to a forbidden scheme', async () => {
    const el = await wall(html`<wsis-partner-wall partner="evil"></wsis-partner-wall>`);
    expect(text(part(el, 'partner-name'))).to.equal('Evil Link');
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
  });

  it('shows the empty state for unknown partners, or partners the tier filter leaves out', async () => {
    const el = await wall(html`<wsis-partner-wall partner="nobody"></wsis-partner-wall>`);
    expect(text(part(el, 'empty'))).to.equal('The selected partners are not in this feed.');
    await expect(el).to.be.accessible();
    el.setAttribute('partner', 'acme');
    el.setAttribute('tier', 'silver');
    await el.updateComplete;
    expect(text(part(el, 'empty'))).to.equal('The selected partners are not in this feed.');
    el.removeAttribute('tier');
    await el.updateComplete;
    expect(part(el, 'card').dataset.id).to.equal('acme');
  });

  it('a card for one known partner when the others named are unknown', async () => {
    const el = await wall(html`<wsis-partner-wall partner="ghost,acme"></wsis-partner-wall>`);
    expect(part(el, 'card').dataset.id).to.equal('acme');
  });

  it('follows heading-level', async () => {
    const el = await wall(html`<wsis-partner-wall partner="acme" heading-level="4"></wsis-partner-wall>`);
    expect(part(el, 'partner-name').localName).to.equal('h4');
    expect(part(el, 'involvement-heading').localName).to.equal('h5');
  });

  describe('with schedule', () => {
    it('the sessions button sets partner on the linked element, tells the page and says so', async () => {
      const el = await wall(html`<div>
        <wsis-partner-wall partner="acme" schedule="programme"></wsis-partner-wall>
        <section id="programme"></section>
      </div>`);
      const button = part(el, 'sessions-link') as HTMLButtonElement;
      expect(button.localName).to.equal('button');
      expect(text(button)).to.equal('3 sessions in the programme');
      const fired = oneEvent(el, 'wsis-partner-select');
      button.click();
      const event = await fired;
      expect(event.detail).to.deep.equal({ id: 'acme' });
      expect(event.composed).to.equal(true);
      expect(document.getElementById('programme')!.getAttribute('partner')).to.equal('acme');
      await waitUntil(() => el.shadowRoot!.textContent!.includes('The programme now shows the sessions of Acme Corporation.'));
      await expect(el).to.be.accessible();
    });

    it('a page that cancels the event keeps the schedule as it is', async () => {
      const el = await wall(html`<div>
        <wsis-partner-wall partner="acme" schedule="programme"></wsis-partner-wall>
        <section id="programme"></section>
      </div>`);
      el.addEventListener('wsis-partner-select', (event) => event.preventDefault());
      (part(el, 'sessions-link') as HTMLButtonElement).click();
      expect(document.getElementById('programme')!.hasAttribute('partner')).to.equal(false);
    });

    it('is operable from the keyboard: Tab reaches the button, Enter filters', async () => {
      const el = await wall(html`<div>
        <wsis-partner-wall partner="acme" schedule="programme"></wsis-partner-wall>
        <section id="programme"></section>
      </div>`);
      (part(el, 'link') as HTMLAnchorElement).focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'sessions-link'));
      await sendKeys({ press: 'Enter' });
      expect(document.getElementById('programme')!.getAttribute('partner')).to.equal('acme');
    });
  });

  it('names GCOA in the demo feed: its tier, the event, three sessions and two prizes', async () => {
    const el = await fixture<WsisPartnerWall>(html`<wsis-partner-wall src=${demoSrc} partner="gcoa"></wsis-partner-wall>`);
    await waitUntil(() => part(el, 'card'), 'no card', { timeout: 5000 });
    expect(text(part(el, 'partner-name'))).to.equal('Global Coalition on Aging (GCOA)');
    expect(text(part(el, 'card-tier'))).to.equal('Supporting Partner');
    expect(text(part(el, 'card-event'))).to.equal('WSIS Forum 2021');
    expect(text(part(el, 'sessions'))).to.equal('3 sessions');
    expect(parts(el, 'sponsorship').map(text)).to.deep.equal([
      'Sponsor of the WSIS Healthy Ageing Innovation Prize',
      'Sponsor of the WSIS Forum 2021 Hackathon – Ageing Better with ICTs',
    ]);
    await expect(el).to.be.accessible();
  });

  describe('in the six languages', () => {
    const expected: Record<string, { tier: string; sessions: string; sponsor: string; dir: string }> = {
      en: { tier: 'Gold Partner', sessions: '3 sessions', sponsor: 'Sponsor of the Test Prize', dir: 'ltr' },
      fr: { tier: 'Partenaire Or', sessions: '3 sessions', sponsor: 'Sponsor de « Test Prize »', dir: 'ltr' },
      es: { tier: 'Gold Partner', sessions: '3 sesiones', sponsor: 'Patrocinador de «Test Prize»', dir: 'ltr' },
      ru: { tier: 'Gold Partner', sessions: '3 сессии', sponsor: 'Спонсор: «Test Prize»', dir: 'ltr' },
      // Digits as this engine writes plain `ar` (Arabic-Indic with Debian's ICU 72 in WebKitGTK).
      ar: { tier: 'شريك ذهبي', sessions: `${localNumber('ar', 3)} جلسات`, sponsor: 'راعي «Test Prize»', dir: 'rtl' },
      zh: { tier: 'Gold Partner', sessions: '3 场会议', sponsor: '“Test Prize”赞助方', dir: 'ltr' },
    };
    for (const [lang, want] of Object.entries(expected)) {
      it(`${lang}: tier from the feed, words from the catalogue, plural from Intl, ${want.dir}`, async () => {
        const el = await wall(html`<wsis-partner-wall lang=${lang} partner="acme"></wsis-partner-wall>`);
        const sponsor = () => text(part(el, 'sponsorship')).replace(/\u202f/g, ' ');
        await waitUntil(() => sponsor() === want.sponsor, `${lang}: ${sponsor()}`);
        expect(text(part(el, 'sessions'))).to.equal(want.sessions);
        expect(text(part(el, 'card-tier'))).to.equal(want.tier);
        expect(part(el, 'root').getAttribute('dir')).to.equal(want.dir);
        await expect(el).to.be.accessible();
      });
    }

    it('Russian and Arabic plural forms', async () => {
      const feed = (n: number) => ({ ...involvedFeed(), sessions: Array.from({ length: n }, (_, i) => session(`x${i}`, ['acme'])) });
      const count = async (lang: string, n: number) => {
        const el = await wall(html`<wsis-partner-wall lang=${lang} partner="acme"></wsis-partner-wall>`, feed(n));
        await waitUntil(() => part(el, 'root').getAttribute('lang') === lang && !/session/.test(text(part(el, 'sessions'))));
        return text(part(el, 'sessions'));
      };
      expect(await count('ru', 1)).to.equal('1 сессия');
      expect(await count('ru', 5)).to.equal('5 сессий');
      expect(await count('ru', 22)).to.equal('22 сессии');
      expect(await count('ar', 1)).to.equal('جلسة واحدة');
      expect(await count('ar', 2)).to.equal('جلستان');
      expect(await count('ar', 11)).to.equal(`${localNumber('ar', 11)} جلسة`);
    });

    it('dark theme, Arabic, linked: accessible', async () => {
      const el = await wall(html`<div>
        <wsis-partner-wall lang="ar" theme="dark" partner="acme" schedule="programme"></wsis-partner-wall>
        <section id="programme"></section>
      </div>`);
      await waitUntil(() => text(part(el, 'sessions-link')) === `${localNumber('ar', 3)} جلسات في البرنامج`);
      await expect(el).to.be.accessible();
    });
  });
});
