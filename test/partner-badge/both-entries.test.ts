import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { asFeed } from '../fixtures/as-feed.js';

// A page that loads partner-badge.js and then wsis-widgets.js: two classes of one tag (the light
// one and the all-in-one's, bundled-badge.ts). The first stays, quietly: the same badge, not
// "another copy of the library".

const warnings: string[] = [];
let entries: { light: CustomElementConstructor; bundled: CustomElementConstructor };
before(async () => {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    const light = (await import('../../src/define/partner-badge.js')).WsisPartnerBadge;
    const bundled = (await import('../../src/index.js')).WsisPartnerBadge;
    entries = { light, bundled };
  } finally {
    console.warn = warn;
  }
});

describe('<wsis-partner-badge> with both entries on one page', () => {
  it('keeps the class of the entry loaded first, warns of nothing, and shows the badge', async () => {
    expect(entries.light).to.not.equal(entries.bundled);
    expect(customElements.get('wsis-partner-badge')).to.equal(entries.light);
    expect(warnings).to.deep.equal([]);
    const el = await fixture<HTMLElement & { feed?: unknown }>(html`<wsis-partner-badge partner="uae"></wsis-partner-badge>`);
    el.feed = asFeed(await (await fetch('/demo/feeds/wsis-forum-2021.json')).json());
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="tier"]'), 'never rendered', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('[part~="tier"]')!.textContent!.trim()).to.equal('Platinum Partner');
  });
});
