import { expect, waitUntil } from '@open-wc/testing';

async function openEmbed(query: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.width = '800';
  frame.height = '600';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/embed.html${query}`;
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

describe('the iframe embed page (embed.html)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('renders the element its query names, in the language it names, under its own strict CSP', async () => {
    const doc = await openEmbed('?element=partner-wall&src=/demo/feeds/wsis-forum-2021.json&lang=fr&layout=row');
    const violations: string[] = [];
    doc.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
    await waitUntil(() => doc.querySelector('wsis-partner-wall')?.shadowRoot?.querySelectorAll('[part~="partner"]').length === 12, 'twelve partners', { timeout: 8000 });
    const wall = doc.querySelector('wsis-partner-wall')!;
    expect(wall.getAttribute('layout')).to.equal('row');
    expect(doc.documentElement.lang).to.equal('fr');
    expect(wall.shadowRoot!.querySelector('[part~="root"]')!.getAttribute('lang')).to.equal('fr');
    expect(violations).to.deep.equal([]);
  });

  it('renders the partner badge (the element is loaded on demand by the all-in-one bundle)', async () => {
    const doc = await openEmbed('?element=partner-badge&src=/demo/feeds/wsis-forum-2021.json&partner=gcoa&lang=ar');
    const tier = () => doc.querySelector('wsis-partner-badge')?.shadowRoot?.querySelector('[part~="tier"]');
    await waitUntil(() => tier()?.textContent === 'شريك داعم', 'the badge in Arabic', { timeout: 8000 });
    expect(doc.documentElement.lang).to.equal('ar');
  });

  it('explains, as an alert, a link without a known element', async () => {
    const doc = await openEmbed('?element=iframe&src=/demo/feeds/wsis-forum-2021.json');
    await waitUntil(() => doc.querySelector('[role="alert"]'), 'an alert', { timeout: 8000 });
    expect(doc.querySelector('[role="alert"]')!.textContent).to.contain('Unknown or missing element "iframe"');
    expect(doc.querySelector('wsis-partner-wall, wsis-schedule, iframe')).to.equal(null);
  });
});
