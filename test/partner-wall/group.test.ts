import { expect } from '@open-wc/testing';
import type { Partner, Tier } from '../../src/feed/types.js';
import { groupPartners, parseTierFilter } from '../../src/partner-wall/group.js';

const tier = (id: string, rank: number): Tier => ({ id, name: id, rank });
const partner = (id: string, tierId: string): Partner => ({ id, name: id, tier: tierId });
const summary = (groups: ReturnType<typeof groupPartners>) =>
  groups.map((g) => `${g.tier.id}@${g.step}:${g.partners.map((p) => p.id).join(',')}`);

describe('partner wall grouping', () => {
  it('reads the tier attribute as trimmed, comma-separated ids', () => {
    expect(parseTierFilter(' gold , ,silver,')).to.deep.equal(['gold', 'silver']);
    expect(parseTierFilter('')).to.equal(undefined);
    expect(parseTierFilter(' , ')).to.equal(undefined);
    expect(parseTierFilter(undefined)).to.equal(undefined);
    expect(parseTierFilter(null)).to.equal(undefined);
  });

  it('orders tiers by rank, ties in feed order, partners in feed order', () => {
    const groups = groupPartners({
      tiers: [tier('c', 3), tier('a', 1), tier('b2', 2), tier('b1', 2)],
      partners: [partner('p1', 'c'), partner('p2', 'b1'), partner('p3', 'a'), partner('p4', 'c'), partner('p5', 'b2')],
    });
    expect(summary(groups)).to.deep.equal(['a@1:p3', 'b2@2:p5', 'b1@2:p2', 'c@3:p1,p4']);
  });

  it('sizes by the place among ranks in use: 10/20/30 like 1/2/3, the fifth like the fourth', () => {
    const groups = groupPartners({
      tiers: [tier('t50', 50), tier('t10', 10), tier('t5', 5), tier('t20', 20), tier('t30', 30), tier('t40', 40)],
      partners: ['t10', 't20', 't30', 't40', 't50'].map((t) => partner(`p-${t}`, t)),
    });
    expect(groups.map((g) => `${g.tier.id}@${g.step}`)).to.deep.equal(['t10@1', 't20@2', 't30@3', 't40@4', 't50@4']);
  });

  it('filters without changing a tier’s size, and drops partners of unknown tiers', () => {
    const feed = {
      tiers: [tier('gold', 1), tier('silver', 2)],
      partners: [partner('a', 'gold'), partner('b', 'silver'), partner('c', 'nowhere')],
    };
    expect(summary(groupPartners(feed, ['silver', 'unknown']))).to.deep.equal(['silver@2:b']);
    expect(summary(groupPartners(feed, ['none']))).to.deep.equal([]);
    expect(summary(groupPartners(feed))).to.deep.equal(['gold@1:a', 'silver@2:b']);
  });

  it('keeps the first of two tiers with the same id and survives a missing rank', () => {
    const groups = groupPartners({
      tiers: [tier('x', Number.NaN), tier('gold', 1), tier('gold', 9)],
      partners: [partner('a', 'gold'), partner('b', 'x')],
    });
    expect(summary(groups)).to.deep.equal(['gold@1:a', 'x@2:b']);
  });
});
