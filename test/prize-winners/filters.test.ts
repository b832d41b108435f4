import { expect, html, waitUntil } from '@open-wc/testing';
import { prizeFeed } from './fixture-feed.js';
import { awardIds, choose, optionsOf, part, parts, prizeIds, rendered, text } from './helpers.js';

describe('<wsis-prize-winners> filters', () => {
  describe('as attributes (the embedder’s scope)', () => {
    it('prize: one id, or several comma-separated', async () => {
      const one = await rendered(html`<wsis-prize-winners prize="contest-2022" .feed=${prizeFeed()}></wsis-prize-winners>`);
      expect(prizeIds(one)).to.deep.equal(['contest-2022']);
      const two = await rendered(
        html`<wsis-prize-winners prize="contest-2022, prizes-2021" .feed=${prizeFeed()}></wsis-prize-winners>`,
      );
      expect(prizeIds(two)).to.deep.equal(['prizes-2021', 'contest-2022']);
    });

    it('year', async () => {
      const el = await rendered(html`<wsis-prize-winners year="2021" .feed=${prizeFeed()}></wsis-prize-winners>`);
      expect(prizeIds(el)).to.deep.equal(['prizes-2021']);
      el.year = '2022';
      await el.updateComplete;
      expect(prizeIds(el)).to.deep.equal(['prizes-2022', 'contest-2022']);
      // A script may hand over a number.
      (el as unknown as { year: number }).year = 2021;
      await el.updateComplete;
      expect(prizeIds(el)).to.deep.equal(['prizes-2021']);
    });

    it('category: only that category’s awards, and prizes without awards that list it', async () => {
      const el = await rendered(html`<wsis-prize-winners category="c2" .feed=${prizeFeed()}></wsis-prize-winners>`);
      expect(prizeIds(el)).to.deep.equal(['prizes-2022']);
      expect(awardIds(el)).to.deep.equal(['c2-winner', 'c2-finalist']);
      el.category = 'c9';
      await el.updateComplete;
      expect(prizeIds(el)).to.deep.equal(['prizes-2021']);
      expect([...part(el, 'categories')!.querySelectorAll('li')].map(text)).to.deep.equal(['Ethics']);
    });

    it('rank: comma-separated ranks', async () => {
      const el = await rendered(
        html`<wsis-prize-winners rank="winner,honourable-mention" .feed=${prizeFeed()}></wsis-prize-winners>`,
      );
      expect(prizeIds(el)).to.deep.equal(['prizes-2022', 'contest-2022']);
      expect(awardIds(el)).to.deep.equal(['c1-winner', 'c1-mention', 'c2-winner', 'loose-winner', 'photo-1']);
      expect(new Set(parts(el, 'award').map((award) => award.dataset.rank))).to.deep.equal(
        new Set(['winner', 'honourable-mention']),
      );
    });

    it('several at once', async () => {
      const el = await rendered(
        html`<wsis-prize-winners year="2022" category="c1" rank="champion" .feed=${prizeFeed()}></wsis-prize-winners>`,
      );
      expect(awardIds(el)).to.deep.equal(['c1-champion-a', 'c1-champion-b']);
    });

    it('an empty scope shows the empty state without a button the visitor could not use', async () => {
      const el = await rendered(html`<wsis-prize-winners year="1999" .feed=${prizeFeed()}></wsis-prize-winners>`);
      expect(text(part(el, 'empty'))).to.equal('No prizes or awards match these filters.');
      expect(part(el, 'clear-filters')).to.equal(undefined);
      expect(part(el, 'filters')).to.equal(undefined);
    });
  });

  describe('as controls (the visitor’s choices)', () => {
    it('offers a select for each filter that has more than one value, with the values in order', async () => {
      const el = await rendered(html`<wsis-prize-winners .feed=${prizeFeed()}></wsis-prize-winners>`);
      expect(part(el, 'filters')!.getAttribute('role')).to.equal('group');
      expect(optionsOf(el, 'prize')).to.deep.equal([
        ['', 'All prizes'],
        ['prizes-2022', 'Test Prizes 2022'],
        ['prizes-2021', 'Test Prizes 2021'],
        ['contest-2022', 'Photo Contest 2022'],
      ]);
      expect(optionsOf(el, 'year')).to.deep.equal([
        ['', 'All years'],
        ['2022', '2022'],
        ['2021', '2021'],
      ]);
      expect(optionsOf(el, 'category')).to.deep.equal([
        ['', 'All categories'],
        ['c1', 'Governance'],
        ['c2', 'Infrastructure'],
        ['c3', 'Access'],
        ['c9', 'Ethics'],
      ]);
      expect(optionsOf(el, 'rank')).to.deep.equal([
        ['', 'All ranks'],
        ['winner', 'Winner'],
        ['champion', 'Champion'],
        ['finalist', 'Finalist'],
        ['honourable-mention', 'Honourable mention'],
      ]);
      // Every select has a visible label.
      for (const filter of parts(el, 'filter')) {
        const select = filter.querySelector('select')!;
        expect(select.labels?.length, filter.dataset.filter).to.equal(1);
      }
    });

    it('hides the selects that would offer one value only', async () => {
      const el = await rendered(html`<wsis-prize-winners prize="contest-2022" .feed=${prizeFeed()}></wsis-prize-winners>`);
      expect(optionsOf(el, 'prize')).to.equal(undefined);
      expect(optionsOf(el, 'year')).to.equal(undefined);
      expect(optionsOf(el, 'category')).to.equal(undefined);
      expect(optionsOf(el, 'rank')).to.deep.equal([
        ['', 'All ranks'],
        ['winner', 'Winner'],
        ['finalist', 'Finalist'],
      ]);
      const single = await rendered(
        html`<wsis-prize-winners prize="contest-2022" rank="winner" .feed=${prizeFeed()}></wsis-prize-winners>`,
      );
      expect(part(single, 'filters')).to.equal(undefined);
    });

    it('prize select', async () => {
      const el = await rendered(html`<wsis-prize-winners .feed=${prizeFeed()}></wsis-prize-winners>`);
      await choose(el, 'prize', 'contest-2022');
      expect(prizeIds(el)).to.deep.equal(['contest-2022']);
      // The attribute stays as the embedder wrote it.
      expect(el.hasAttribute('prize')).to.equal(false);
    });

    it('year select', async () => {
      const el = await rendered(html`<wsis-prize-winners .feed=${prizeFeed()}></wsis-prize-winners>`);
      await choose(el, 'year', '2021');
      expect(prizeIds(el)).to.deep.equal(['prizes-2021']);
    });

    it('category select', async () => {
      const el = await rendered(html`<wsis-prize-winners .feed=${prizeFeed()}></wsis-prize-winners>`);
      await choose(el, 'category', 'c1');
      expect(prizeIds(el)).to.deep.equal(['prizes-2022', 'prizes-2021']);
      expect(awardIds(el)).to.deep.equal(['c1-winner', 'c1-champion-a', 'c1-champion-b', 'c1-finalist', 'c1-mention']);
    });

    it('rank select', async () => {
      const el = await rendered(html`<wsis-prize-winners .feed=${prizeFeed()}></wsis-prize-winners>`);
      const results = part(el, 'results')!;
      expect(results.getAttribute('role')).to.equal('status');
      expect(text(results)).to.equal('');
      await choose(el, 'rank', 'finalist');
      // Screen readers hear what changed.
      expect(text(results)).to.equal('Prizes shown: 2. Awards shown: 3.');
      expect(awardIds(el)).to.deep.equal(['c1-finalist', 'c2-finalist', 'photo-2']);
    });

    it('narrows within the embedder’s scope, never beyond it', async () => {
      const el = await rendered(html`<wsis-prize-winners year="2022" .feed=${prizeFeed()}></wsis-prize-winners>`);
      expect(optionsOf(el, 'year')).to.equal(undefined);
      expect(optionsOf(el, 'prize')!.map(([value]) => value)).to.deep.equal(['', 'prizes-2022', 'contest-2022']);
      await choose(el, 'rank', 'winner');
      expect(awardIds(el)).to.deep.equal(['c1-winner', 'c2-winner', 'loose-winner', 'photo-1']);
    });

    it('shows an empty state with a way back when the choices leave nothing', async () => {
      const el = await rendered(html`<wsis-prize-winners .feed=${prizeFeed()}></wsis-prize-winners>`);
      await choose(el, 'year', '2021');
      await choose(el, 'rank', 'winner');
      expect(prizeIds(el)).to.deep.equal([]);
      const empty = part(el, 'empty')!;
      expect(text(empty)).to.contain('No prizes or awards match these filters.');
      await expect(el).to.be.accessible();
      const clear = part(el, 'clear-filters', empty) as HTMLButtonElement;
      expect(text(clear)).to.equal('Clear filters');
      clear.click();
      await el.updateComplete;
      expect(prizeIds(el)).to.deep.equal(['prizes-2022', 'prizes-2021', 'contest-2022']);
      expect(el.shadowRoot!.querySelector<HTMLSelectElement>('[data-filter="year"] select')!.value).to.equal('');
      expect(el.shadowRoot!.querySelector<HTMLSelectElement>('[data-filter="rank"] select')!.value).to.equal('');
      // Focus is not lost with the button: it goes to the first filter.
      expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('[data-filter="prize"] select'));
    });

    it('offers "Clear filters" in the filter bar while a choice is made', async () => {
      const el = await rendered(html`<wsis-prize-winners .feed=${prizeFeed()}></wsis-prize-winners>`);
      expect(part(el, 'clear-filters')).to.equal(undefined);
      await choose(el, 'rank', 'champion');
      const clear = part(el, 'clear-filters', part(el, 'filters'))!;
      clear.click();
      await el.updateComplete;
      expect(part(el, 'clear-filters')).to.equal(undefined);
      expect(awardIds(el)).to.have.length(11);
    });

    it('labels the controls in the widget’s language', async () => {
      const el = await rendered(html`<wsis-prize-winners lang="fr" .feed=${prizeFeed()}></wsis-prize-winners>`);
      await waitUntil(() => optionsOf(el, 'rank')?.[1][1] === 'Lauréat', 'French options did not arrive');
      expect(optionsOf(el, 'rank')![0][1]).to.equal('Tous les rangs');
      expect(text(el.shadowRoot!.querySelector('[data-filter="category"] label'))).to.equal('Catégorie');
    });
  });
});
