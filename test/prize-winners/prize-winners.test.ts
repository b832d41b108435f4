import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { prizeFeed } from './fixture-feed.js';
import { awardIds, part, parts, prizeIds, rendered, text, type WsisPrizeWinners } from './helpers.js';

describe('<wsis-prize-winners>', () => {
  it('shows each prize with its name as a heading at heading-level, its year and description', async () => {
    const el = await rendered(html`<wsis-prize-winners heading-level="3" .feed=${prizeFeed()}></wsis-prize-winners>`);
    expect(prizeIds(el)).to.deep.equal(['prizes-2022', 'prizes-2021', 'contest-2022']);
    const first = part(el, 'prize')!;
    const name = part(el, 'prize-name', first)!;
    expect(name.localName).to.equal('h3');
    expect(text(name)).to.equal('Test Prizes 2022');
    expect(text(part(el, 'prize-year', first))).to.equal('2022');
    expect(text(part(el, 'prize-description', first))).to.equal('The test prizes of 2022.');
    const link = part(el, 'prize-link', first) as HTMLAnchorElement;
    expect(link.href).to.equal('https://example.org/prizes-2022');
    expect(link.rel).to.equal('noopener noreferrer');
  });

  it('groups awards by category in the prize order, loose awards last, each group by rank then feed order', async () => {
    const el = await rendered(html`<wsis-prize-winners .feed=${prizeFeed()}></wsis-prize-winners>`);
    const prize = el.shadowRoot!.querySelector('[part~="prize"][data-id="prizes-2022"]')!;
    const groups = parts(el, 'category', prize);
    expect(groups.map((group) => group.dataset.category ?? '(none)')).to.deep.equal(['c1', 'c2', '(none)']);
    expect(groups.map((group) => text(part(el, 'category-name', group)))).to.deep.equal([
      'Governance',
      'Infrastructure',
      'Other awards',
    ]);
    expect(groups.map((group) => part(el, 'category-name', group)!.localName)).to.deep.equal(['h3', 'h3', 'h3']);
    expect(awardIds(el, 'prizes-2022')).to.deep.equal([
      'c1-winner',
      'c1-champion-a',
      'c1-champion-b',
      'c1-finalist',
      'c1-mention',
      'c2-winner',
      'c2-finalist',
      'loose-winner',
      'loose-champion',
    ]);
    expect(parts(el, 'award', prize).map((award) => award.dataset.rank)).to.deep.equal([
      'winner',
      'champion',
      'champion',
      'finalist',
      'honourable-mention',
      'winner',
      'finalist',
      'winner',
      'champion',
    ]);
    // A prize without categories lists its awards directly, by rank.
    expect(awardIds(el, 'contest-2022')).to.deep.equal(['photo-1', 'photo-2']);
    const contest = el.shadowRoot!.querySelector('[part~="prize"][data-id="contest-2022"]')!;
    expect(parts(el, 'category', contest)).to.have.length(0);
    expect(part(el, 'award-title', contest)!.localName).to.equal('h3');
    expect(part(el, 'award-title', prize)!.localName).to.equal('h4');
  });

  it('shows the rank as a word on every award, in English', async () => {
    const el = await rendered(html`<wsis-prize-winners .feed=${prizeFeed()}></wsis-prize-winners>`);
    const badge = (id: string) => text(part(el, 'rank', el.shadowRoot!.querySelector(`[data-id="${id}"]`)!));
    expect(badge('c1-winner')).to.equal('Winner');
    expect(badge('c1-champion-a')).to.equal('Champion');
    expect(badge('c2-finalist')).to.equal('Finalist');
    expect(badge('c1-mention')).to.equal('Honourable mention');
  });

  it('shows the ranks, country names and texts in French', async () => {
    const el = await rendered(html`<wsis-prize-winners lang="fr" .feed=${prizeFeed()}></wsis-prize-winners>`);
    const card = (id: string) => el.shadowRoot!.querySelector(`[data-id="${id}"]`)!;
    await waitUntil(() => text(part(el, 'rank', card('c1-winner'))) === 'Lauréat', 'French ranks did not arrive');
    expect(text(part(el, 'rank', card('c1-champion-a')))).to.equal('Champion');
    expect(text(part(el, 'rank', card('c2-finalist')))).to.equal('Finaliste');
    expect(text(part(el, 'rank', card('c1-mention')))).to.equal('Mention honorable');
    expect(text(part(el, 'award-country', card('c1-winner')))).to.equal('Estonie');
    expect(text(part(el, 'award-title', card('c1-champion-a')))).to.equal('Budgets ouverts');
    expect(text(part(el, 'prize-name'))).to.equal('Prix de test 2022');
    expect(text(part(el, 'category-name'))).to.equal('Gouvernance');
  });

  it('shows an award card: title, recipient, country name, safe link, and a long description behind a disclosure', async () => {
    const el = await rendered(html`<wsis-prize-winners .feed=${prizeFeed()}></wsis-prize-winners>`);
    const card = (id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-id="${id}"]`)!;

    const champion = card('c1-champion-a');
    expect(text(part(el, 'award-title', champion))).to.equal('Open budgets');
    expect(text(part(el, 'award-recipient', champion))).to.equal('Data Commons');
    expect(text(part(el, 'award-country', champion))).to.equal('France');
    const link = part(el, 'award-link', champion) as HTMLAnchorElement;
    expect(link.href).to.equal('https://example.org/open-budgets');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(text(link)).to.equal('More about Open budgets');

    // Without a title, the recipient is the heading.
    const lone = card('loose-winner');
    expect(text(part(el, 'award-title', lone))).to.equal('Lone Winner');
    expect(part(el, 'award-recipient', lone)).to.equal(undefined);

    // A javascript: URL never becomes a link.
    const winner = card('c1-winner');
    expect(part(el, 'award-link', winner)).to.equal(undefined);
    expect(winner.querySelector('a')).to.equal(null);

    // Long description: a closed <details> with both paragraphs inside.
    const details = part(el, 'award-description', winner) as HTMLDetailsElement;
    expect(details.localName).to.equal('details');
    expect(details.open).to.equal(false);
    expect(text(details.querySelector('summary'))).to.equal('Read the description');
    expect(details.querySelectorAll('p')).to.have.length(2);
    expect(text(details.querySelectorAll('p')[1])).to.equal('It has a second paragraph after a blank line.');
    // Short description: shown as it is.
    const short = part(el, 'award-description', card('c2-winner'))!;
    expect(short.localName).to.equal('div');
    expect(text(short)).to.equal('Short.');
  });

  it('lists the categories of a prize without awards and says its winners are not listed', async () => {
    const el = await rendered(html`<wsis-prize-winners .feed=${prizeFeed()}></wsis-prize-winners>`);
    const prize = el.shadowRoot!.querySelector('[part~="prize"][data-id="prizes-2021"]')!;
    expect(parts(el, 'award', prize)).to.have.length(0);
    expect(text(part(el, 'prize-description', prize))).to.equal('Winners were announced; none are listed here.');
    expect([...part(el, 'categories', prize)!.querySelectorAll('li')].map(text)).to.deep.equal(['Governance', 'Ethics']);
    expect(text(part(el, 'not-listed', prize))).to.equal('Winners not listed in this feed.');
  });

  it('renders the demo feed: the Healthy Ageing winner, the 12 finalists note, the hackathon challenge areas, WSIS Prizes 2021', async () => {
    const el = await rendered(html`<wsis-prize-winners src="/demo/feeds/wsis-forum-2021.json"></wsis-prize-winners>`);
    const prize = (id: string) => el.shadowRoot!.querySelector(`[part~="prize"][data-id="${id}"]`)!;

    const ageing = prize('healthy-ageing-innovation-prize-2021');
    expect(text(part(el, 'prize-name', ageing))).to.equal('WSIS Healthy Ageing Innovation Prize');
    expect(text(ageing)).to.contain('12 finalists were shortlisted');
    const winner = part(el, 'award', ageing)!;
    expect(winner.dataset.rank).to.equal('winner');
    expect(text(part(el, 'award-title', winner))).to.equal('Age Care Technologies');
    expect(text(part(el, 'rank', winner))).to.equal('Winner');
    expect(text(part(el, 'award-country', winner))).to.equal('United Kingdom');
    expect(part(el, 'not-listed', ageing)).to.equal(undefined);

    const hackathon = prize('hackathon-ageing-better-2021');
    expect([...part(el, 'categories', hackathon)!.querySelectorAll('li')].map(text)).to.deep.equal([
      "Alzheimer's disease and cognitive decline",
      'Frailty',
      'Transportation and mobility',
      'Financial tools for longevity',
    ]);
    expect(text(part(el, 'not-listed', hackathon))).to.equal('Winners not listed in this feed.');

    const wsis = prize('wsis-prizes-2021');
    expect(text(part(el, 'prize-name', wsis))).to.equal('WSIS Prizes 2021');
    expect(text(part(el, 'not-listed', wsis))).to.equal('Winners not listed in this feed.');
  });

  it('keeps room for an award image and shows a fallback when the image answers 404', async () => {
    const el = await rendered(html`<wsis-prize-winners .feed=${prizeFeed()}></wsis-prize-winners>`);
    const card = (id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-id="${id}"]`)!;
    // Before the network answers, the box already has its height (no layout shift).
    const media = card('c1-champion-a').querySelector<HTMLElement>('.media')!;
    expect(media.getBoundingClientRect().height).to.be.greaterThan(50);

    await waitUntil(() => part(el, 'award-image-fallback', card('c1-champion-a')), 'no fallback after a 404', {
      timeout: 5000,
    });
    const fallback = part(el, 'award-image-fallback', card('c1-champion-a'))!;
    expect(part(el, 'award-image', card('c1-champion-a'))).to.equal(undefined);
    expect(text(fallback)).to.equal('DC');
    expect(fallback.getAttribute('aria-hidden')).to.equal('true');

    // The image that exists loads, in a box of the same size as the fallback.
    const image = part(el, 'award-image', card('c1-winner')) as HTMLImageElement;
    await waitUntil(() => image.complete && image.naturalWidth > 0, 'the good image did not load', { timeout: 5000 });
    expect(image.alt).to.equal('');
    const okBox = image.parentElement!.getBoundingClientRect();
    const fallbackBox = fallback.getBoundingClientRect();
    expect(Math.round(fallbackBox.height)).to.equal(Math.round(okBox.height));
    expect(Math.round(fallbackBox.width)).to.equal(Math.round(okBox.width));
  });

  it('says so when the feed has no prizes', async () => {
    const feed = { ...prizeFeed(), prizes: [] };
    const el = await rendered(html`<wsis-prize-winners .feed=${feed}></wsis-prize-winners>`);
    expect(text(part(el, 'empty'))).to.equal('No prizes in this feed.');
    expect(part(el, 'clear-filters')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('is right-to-left in Arabic, with Arabic ranks and texts', async () => {
    const el = await rendered(
      html`<div lang="ar"><wsis-prize-winners .feed=${prizeFeed()}></wsis-prize-winners></div>`,
    );
    const card = (id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-id="${id}"]`)!;
    await waitUntil(() => text(part(el, 'rank', card('c1-winner'))) === 'فائز', 'Arabic ranks did not arrive');
    const root = el.shadowRoot!.querySelector('.root')!;
    expect(getComputedStyle(root).direction).to.equal('rtl');
    expect(text(part(el, 'prize-name'))).to.equal('جوائز الاختبار 2022');
    expect(text(part(el, 'award-title', card('c1-champion-a')))).to.equal('ميزانيات مفتوحة');
    // The first card of a row sits at the right.
    const first = card('c1-winner').getBoundingClientRect();
    const second = card('c1-champion-a').getBoundingClientRect();
    if (Math.round(first.top) === Math.round(second.top)) {
      expect(first.left).to.be.greaterThan(second.left);
    } else {
      expect(first.right).to.be.closeTo(second.right, 1);
    }
    expect(first.right).to.be.closeTo(root.querySelector('.awards')!.getBoundingClientRect().right, 1);
  });

  describe('accessibility (axe)', () => {
    it('while loading', async () => {
      const el = await fixture<WsisPrizeWinners>(
        html`<wsis-prize-winners src="/test-api/slow-never"></wsis-prize-winners>`,
      );
      expect(part(el, 'loading')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('on error', async () => {
      const el = await fixture<WsisPrizeWinners>(
        html`<wsis-prize-winners src="/test-api/status/404"></wsis-prize-winners>`,
      );
      await waitUntil(() => part(el, 'error'), 'no error state');
      await expect(el).to.be.accessible();
    });

    it('when the filters leave nothing', async () => {
      const el = await rendered(html`<wsis-prize-winners rank="none" .feed=${prizeFeed()}></wsis-prize-winners>`);
      expect(part(el, 'empty')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('with every prize shown', async () => {
      const el = await rendered(html`<wsis-prize-winners .feed=${prizeFeed()}></wsis-prize-winners>`);
      await expect(el).to.be.accessible();
    });

    it('in the dark theme', async () => {
      const el = await rendered(html`<wsis-prize-winners theme="dark" .feed=${prizeFeed()}></wsis-prize-winners>`);
      await expect(el).to.be.accessible();
    });

    it('in Arabic', async () => {
      const el = await rendered(html`<wsis-prize-winners lang="ar" .feed=${prizeFeed()}></wsis-prize-winners>`);
      await waitUntil(() => text(part(el, 'rank')) === 'فائز', 'Arabic ranks did not arrive');
      await expect(el).to.be.accessible();
    });
  });
});
