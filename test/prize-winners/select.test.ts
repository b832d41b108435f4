import { expect } from '@open-wc/testing';
import type { Prize } from '../../src/feed/types.js';
import { groupAwards, parseAwardHash, parseList, selectPrizes } from '../../src/prize-winners/select.js';

describe('prize-winners selection (select.ts)', () => {
  it('reads comma-separated lists, ignoring spaces and empty items', () => {
    expect(parseList('winner, champion,,')).to.deep.equal(new Set(['winner', 'champion']));
    expect(parseList(' , ')).to.equal(undefined);
    expect(parseList(undefined)).to.equal(undefined);
    expect(parseList(null)).to.equal(undefined);
    expect(parseList(2021)).to.deep.equal(new Set(['2021']));
    expect(parseList(['winner', 'champion'])).to.deep.equal(new Set(['winner', 'champion']));
  });

  it('reads #award=<id>, with an optional prize and percent-encoding', () => {
    expect(parseAwardHash('#award=winner')).to.deep.equal({ award: 'winner', prize: undefined });
    expect(parseAwardHash('#award=a%20b&prize=p-1')).to.deep.equal({ award: 'a b', prize: 'p-1' });
    expect(parseAwardHash('#award=')).to.equal(undefined);
    expect(parseAwardHash('#programme')).to.equal(undefined);
    expect(parseAwardHash('')).to.equal(undefined);
  });

  it('puts an award whose category the prize does not list with the awards without one', () => {
    const prize: Prize = {
      id: 'p',
      name: 'P',
      year: 2021,
      categories: [{ id: 'a', name: 'A' }],
      awards: [
        { id: '1', recipient: 'One', rank: 'finalist', category: 'zz' },
        { id: '2', recipient: 'Two', rank: 'winner', category: 'a' },
        { id: '3', recipient: 'Three', rank: 'winner' },
      ],
    };
    const groups = groupAwards(prize, prize.awards);
    expect(groups.map((group) => [group.category?.id, group.awards.map((award) => award.id)])).to.deep.equal([
      ['a', ['2']],
      [undefined, ['3', '1']],
    ]);
  });

  it('drops a prize without awards under a rank filter, keeps it under a category filter it lists', () => {
    const prizes: Prize[] = [
      { id: 'empty', name: 'E', year: 2021, categories: [{ id: 'a', name: 'A' }], awards: [] },
    ];
    expect(selectPrizes(prizes, { rank: new Set(['winner']) })).to.have.length(0);
    expect(selectPrizes(prizes, { category: new Set(['a']) })).to.have.length(1);
    expect(selectPrizes(prizes, { category: new Set(['b']) })).to.have.length(0);
  });
});
