import { expect, html } from '@open-wc/testing';
import { prizeFeed } from './fixture-feed.js';
import { optionsOf, part, prizeIds, rendered, text } from './helpers.js';

/** The prize feed with two partners: `gcoa` sponsors the 2022 prizes and the contest, `ieee` the 2021 prizes. */
function sponsoredFeed() {
  const feed = prizeFeed();
  const sponsors: Record<string, string[]> = {
    'prizes-2022': ['gcoa'],
    'prizes-2021': ['ieee'],
    'contest-2022': ['ieee', 'gcoa'],
  };
  return {
    ...feed,
    tiers: [{ id: 'supporting', name: 'Supporting Partner', rank: 1 }],
    partners: [
      { id: 'gcoa', name: 'Global Coalition on Aging', tier: 'supporting' },
      { id: 'ieee', name: 'IEEE', tier: 'supporting' },
      { id: 'quiet', name: 'Sponsors nothing', tier: 'supporting' },
    ],
    prizes: feed.prizes.map((prize) => ({ ...prize, sponsors: sponsors[prize.id] })),
  };
}

describe('<wsis-prize-winners partner>', () => {
  it('shows only the prizes that partner sponsors, in the usual order', async () => {
    const el = await rendered(html`<wsis-prize-winners partner="ieee" .feed=${sponsoredFeed()}></wsis-prize-winners>`);
    expect(prizeIds(el)).to.deep.equal(['prizes-2021', 'contest-2022']);
    el.partner = 'gcoa';
    await el.updateComplete;
    expect(prizeIds(el)).to.deep.equal(['prizes-2022', 'contest-2022']);
  });

  it('takes several partners, comma-separated, and shows a prize once', async () => {
    const el = await rendered(
      html`<wsis-prize-winners partner="gcoa, ieee" .feed=${sponsoredFeed()}></wsis-prize-winners>`,
    );
    expect(prizeIds(el)).to.deep.equal(['prizes-2022', 'prizes-2021', 'contest-2022']);
  });

  it('narrows the visitor’s choices to those prizes', async () => {
    const el = await rendered(html`<wsis-prize-winners partner="ieee" .feed=${sponsoredFeed()}></wsis-prize-winners>`);
    expect(optionsOf(el, 'year')?.map(([value]) => value)).to.deep.equal(['', '2022', '2021']);
    expect(optionsOf(el, 'prize')?.map(([value]) => value)).to.deep.equal(['', 'prizes-2021', 'contest-2022']);
  });

  it('works with the other attributes', async () => {
    const el = await rendered(
      html`<wsis-prize-winners partner="ieee" year="2022" .feed=${sponsoredFeed()}></wsis-prize-winners>`,
    );
    expect(prizeIds(el)).to.deep.equal(['contest-2022']);
  });

  it('shows the empty state, accessibly, for a partner that sponsors nothing or is unknown', async () => {
    for (const partner of ['quiet', 'nobody']) {
      const el = await rendered(
        html`<wsis-prize-winners partner=${partner} .feed=${sponsoredFeed()}></wsis-prize-winners>`,
      );
      expect(prizeIds(el)).to.deep.equal([]);
      expect(text(part(el, 'empty'))).to.equal('No prizes or awards match these filters.');
      expect(part(el, 'clear-filters')).to.equal(undefined);
      await expect(el).to.be.accessible();
    }
  });

  it('shows every prize when the attribute is empty or removed', async () => {
    const el = await rendered(html`<wsis-prize-winners partner=" , " .feed=${sponsoredFeed()}></wsis-prize-winners>`);
    expect(prizeIds(el)).to.have.length(3);
    el.removeAttribute('partner');
    await el.updateComplete;
    expect(prizeIds(el)).to.have.length(3);
  });

  it('filters the same in Arabic, right to left', async () => {
    const el = await rendered(
      html`<wsis-prize-winners lang="ar" partner="gcoa" prize="prizes-2022" .feed=${sponsoredFeed()}></wsis-prize-winners>`,
    );
    expect(prizeIds(el)).to.deep.equal(['prizes-2022']);
    expect(part(el, 'root')!.getAttribute('dir')).to.equal('rtl');
    expect(text(el.shadowRoot!.querySelector('[part~="prize"] h2'))).to.equal('جوائز الاختبار 2022');
    await expect(el).to.be.accessible();
  });
});
