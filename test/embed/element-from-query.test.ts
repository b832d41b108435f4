import { expect } from '@open-wc/testing';
import { elementFromQuery } from '../../src/embed/element-from-query.js';

const base = 'https://widgets.example.org/dist/embed.html';

describe('elementFromQuery (the iframe embed page)', () => {
  it('builds the named element with its public attributes', () => {
    const result = elementFromQuery(
      '?element=schedule&src=https://feeds.example.org/wsis.json&lang=fr&timezone=local&view=list',
      document,
      base,
    );
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.element.localName).to.equal('wsis-schedule');
    expect(result.element.getAttribute('src')).to.equal('https://feeds.example.org/wsis.json');
    expect(result.element.getAttribute('lang')).to.equal('fr');
    expect(result.element.getAttribute('timezone')).to.equal('local');
  });

  it('builds the partner badge, and a partner card or prizes filtered to a partner', () => {
    const badge = elementFromQuery('?element=partner-badge&src=/f.json&partner=gcoa&layout=vertical&onclick=x', document, base);
    expect(badge.ok && badge.element.localName).to.equal('wsis-partner-badge');
    if (!badge.ok) return;
    expect(badge.element.getAttribute('partner')).to.equal('gcoa');
    expect(badge.element.getAttribute('layout')).to.equal('vertical');
    expect(badge.element.hasAttribute('onclick')).to.equal(false);
    const wall = elementFromQuery('?element=partner-wall&src=/f.json&partner=gcoa', document, base);
    expect(wall.ok && wall.element.getAttribute('partner')).to.equal('gcoa');
    const prizes = elementFromQuery('?element=prize-winners&src=/f.json&partner=gcoa', document, base);
    expect(prizes.ok && prizes.element.getAttribute('partner')).to.equal('gcoa');
  });

  it('resolves a relative feed URL against the embed page', () => {
    const result = elementFromQuery('?element=partner-wall&src=feeds/wsis.json', document, base);
    expect(result.ok && result.element.getAttribute('src')).to.equal('https://widgets.example.org/dist/feeds/wsis.json');
  });

  it('ignores attributes that are not public, such as event handlers and style', () => {
    const result = elementFromQuery(
      '?element=stats-counter&src=/f.json&onclick=alert(1)&style=display:none&live-src=/live.json',
      document,
      base,
    );
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.element.getAttributeNames().sort()).to.deep.equal(['live-src', 'src']);
  });

  it('drops script-bearing URLs', () => {
    const result = elementFromQuery(
      '?element=stats-counter&src=/f.json&live-src=javascript:alert(1)',
      document,
      base,
    );
    expect(result.ok && result.element.hasAttribute('live-src')).to.equal(false);
    const noFeed = elementFromQuery('?element=schedule&src=javascript:alert(1)', document, base);
    expect(noFeed.ok).to.equal(false);
  });

  it('explains an unknown element', () => {
    const result = elementFromQuery('?element=script&src=/f.json', document, base);
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.message).to.contain('Unknown or missing element "script"');
  });
});
