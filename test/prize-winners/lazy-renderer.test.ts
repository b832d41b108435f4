import { expect, fixture, waitUntil } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import type { PrizeWinnersView } from '../../src/prize-winners/model.js';
import { prizeWinnersView } from '../../src/prize-winners/prize-winners-view.js';
import { WsisPrizeWinners } from '../../src/prize-winners/prize-winners.js';
import { prizeFeed } from './fixture-feed.js';
import { awardIds, part, parts } from './helpers.js';

// The all-in-one bundle defines the tag with the class alone and loads the rendering code when the
// first element connects. Each test defines its own tag whose code arrives only when released.
let count = 0;
function lazyTag(): { tag: string; release: () => void } {
  let release = () => {};
  class LazyPrizeWinners extends WsisPrizeWinners {}
  LazyPrizeWinners.view = () => new Promise<PrizeWinnersView>((resolve) => (release = () => resolve(prizeWinnersView)));
  const tag = `test-lazy-prize-winners-${++count}`;
  customElements.define(tag, LazyPrizeWinners);
  return { tag, release: () => release() };
}

describe('<wsis-prize-winners> with its rendering code loaded apart', () => {
  const original = location.href;
  afterEach(() => history.replaceState(null, '', original));

  it('shows the loading state until the code arrives, then the prizes with their styles', async () => {
    const { tag, release } = lazyTag();
    const name = unsafeStatic(tag);
    const el = await fixture<WsisPrizeWinners>(staticHtml`<${name} .feed=${prizeFeed()}></${name}>`);
    await el.updateComplete;
    expect(part(el, 'loading')).to.exist;
    expect(part(el, 'prize')).to.equal(undefined);
    release();
    await waitUntil(() => part(el, 'prize'), 'no prizes after the code arrived');
    expect(part(el, 'loading')).to.equal(undefined);
    expect(awardIds(el, 'prizes-2022')).to.include('c2-finalist');
    // The renderer's styles are adopted: the badge of a winner has its own border.
    expect(getComputedStyle(part(el, 'rank-winner')!).borderStyle).to.equal('solid');
    await expect(el).to.be.accessible();
  });

  it('resolves an #award= link that was in the address before the code arrived', async () => {
    location.hash = '#award=c2-finalist';
    const { tag, release } = lazyTag();
    const name = unsafeStatic(tag);
    const widget = await fixture<WsisPrizeWinners>(staticHtml`<${name} .feed=${prizeFeed()}></${name}>`);
    await widget.updateComplete;
    expect(parts(widget, 'award-highlighted')).to.have.length(0);
    release();
    await waitUntil(() => parts(widget, 'award-highlighted').length === 1, 'the linked award was not highlighted');
    const target = parts(widget, 'award-highlighted')[0];
    expect([target.dataset.prize, target.dataset.id]).to.deep.equal(['prizes-2022', 'c2-finalist']);
    await waitUntil(() => widget.shadowRoot!.activeElement === target, 'the linked award was not focused');
  });
});
