import { expect, html, waitUntil } from '@open-wc/testing';
import { prizeFeed } from './fixture-feed.js';
import { awardIds, choose, part, parts, rendered, type WsisPrizeWinners } from './helpers.js';
import { setReducedMotion } from '../support/engine.js';

const card = (el: WsisPrizeWinners, prize: string, award: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="award"][data-prize="${prize}"][data-id="${award}"]`)!;

/** Whether the focused element inside the widget is that award (false when nothing is focused). */
const focused = (el: WsisPrizeWinners, prize: string, award: string) => {
  const active = el.shadowRoot!.activeElement as HTMLElement | null;
  return active?.dataset.prize === prize && active.dataset.id === award;
};

describe('<wsis-prize-winners> deep link #award=<id>', () => {
  const original = location.href;
  let scrolls: ScrollIntoViewOptions[] = [];
  const realScroll = Element.prototype.scrollIntoView;

  beforeEach(() => {
    scrolls = [];
    Element.prototype.scrollIntoView = function (this: Element, options?: boolean | ScrollIntoViewOptions) {
      if (typeof options === 'object') scrolls.push(options);
      return realScroll.call(this, options);
    };
  });

  afterEach(async () => {
    Element.prototype.scrollIntoView = realScroll;
    history.replaceState(null, '', original);
    await setReducedMotion('no-preference');
  });

  it('on load: scrolls to the award, focuses it and highlights it', async () => {
    location.hash = '#award=c2-finalist';
    const el = await rendered(html`<div style="padding-block-start: 2000px"><wsis-prize-winners .feed=${prizeFeed()}></wsis-prize-winners></div>`);
    const target = card(el, 'prizes-2022', 'c2-finalist');
    await waitUntil(() => focused(el, target.dataset.prize!, target.dataset.id!), 'the linked award was not focused');
    expect(target.getAttribute('tabindex')).to.equal('-1');
    expect(target.getAttribute('part')).to.contain('award-highlighted');
    expect(parts(el, 'award-highlighted')).to.have.length(1);
    // The highlight is visible: an outline, not only a colour change of the text.
    expect(getComputedStyle(target).outlineStyle).to.equal('solid');
    expect(parseFloat(getComputedStyle(target).outlineWidth)).to.be.at.least(2);
    expect(scrolls).to.have.length(1);
    expect(scrolls[0].block).to.equal('center');
    expect(scrolls[0].behavior).to.equal('smooth');
    await waitUntil(() => {
      const box = target.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight;
    }, 'the award was not scrolled into view');
    // Other awards are not focusable.
    expect(card(el, 'prizes-2022', 'c1-winner').hasAttribute('tabindex')).to.equal(false);
    // The highlighted state, with a disclosure open, still passes axe.
    (card(el, 'prizes-2022', 'c1-winner').querySelector('details') as HTMLDetailsElement).open = true;
    await expect(el).to.be.accessible();
  });

  it('scrolls once on load even when the hashchange for that link arrives after the first render', async () => {
    // WebKit delivers the hashchange of `location.hash = …` after the element has already followed
    // the link on connect; it used to scroll (and focus) a second time.
    location.hash = '#award=c1-winner';
    const el = await rendered(html`<wsis-prize-winners .feed=${prizeFeed()}></wsis-prize-winners>`);
    await waitUntil(() => focused(el, 'prizes-2022', 'c1-winner'), 'not focused');
    expect(scrolls).to.have.length(1);
    window.dispatchEvent(new HashChangeEvent('hashchange', { oldURL: original, newURL: location.href }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(scrolls).to.have.length(1);
    expect(parts(el, 'award-highlighted').map((award) => award.dataset.id)).to.deep.equal(['c1-winner']);
  });

  it('does not animate the scroll under prefers-reduced-motion', async () => {
    await setReducedMotion('reduce');
    location.hash = '#award=photo-2';
    const el = await rendered(html`<wsis-prize-winners .feed=${prizeFeed()}></wsis-prize-winners>`);
    await waitUntil(() => focused(el, 'contest-2022', 'photo-2'), 'not focused');
    expect(scrolls[0].behavior).to.equal('auto');
  });

  it('takes prize=<id> to tell apart awards of the same id in two prizes', async () => {
    const feed = prizeFeed();
    feed.prizes[2].awards[0].id = 'c2-finalist';
    location.hash = '#award=c2-finalist&prize=contest-2022';
    const el = await rendered(html`<wsis-prize-winners .feed=${feed}></wsis-prize-winners>`);
    const target = card(el, 'contest-2022', 'c2-finalist');
    await waitUntil(() => focused(el, target.dataset.prize!, target.dataset.id!), 'not focused');
    expect(card(el, 'prizes-2022', 'c2-finalist').getAttribute('part')).not.to.contain('award-highlighted');
  });

  it('follows the hash when it changes, and clears the visitor’s filters that hide the award', async () => {
    const el = await rendered(html`<wsis-prize-winners .feed=${prizeFeed()}></wsis-prize-winners>`);
    expect(parts(el, 'award-highlighted')).to.have.length(0);
    await choose(el, 'rank', 'finalist');
    expect(awardIds(el)).to.deep.equal(['c1-finalist', 'c2-finalist', 'photo-2']);

    location.hash = '#award=loose-winner';
    await waitUntil(() => focused(el, 'prizes-2022', 'loose-winner'), 'not focused');
    expect(awardIds(el)).to.have.length(11);
    expect(el.shadowRoot!.querySelector<HTMLSelectElement>('[data-filter="rank"] select')!.value).to.equal('');

    location.hash = '#award=photo-1';
    await waitUntil(() => focused(el, 'contest-2022', 'photo-1'), 'not focused');
    expect(parts(el, 'award-highlighted').map((award) => award.dataset.id)).to.deep.equal(['photo-1']);

    location.hash = '#award=not-in-the-feed';
    await waitUntil(() => parts(el, 'award-highlighted').length === 0, 'the highlight stayed');

    location.hash = '#award=photo-1';
    await waitUntil(() => parts(el, 'award-highlighted').length === 1, 'no highlight');
    location.hash = '#somewhere-else';
    await waitUntil(() => parts(el, 'award-highlighted').length === 0, 'the highlight stayed');
  });

  it('ignores a link to an award outside the embedder’s scope or not in the feed', async () => {
    location.hash = '#award=photo-1';
    const el = await rendered(html`<wsis-prize-winners prize="prizes-2022" .feed=${prizeFeed()}></wsis-prize-winners>`);
    location.hash = '#award=nope';
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(parts(el, 'award-highlighted')).to.have.length(0);
    expect(scrolls).to.have.length(0);
    expect(part(el, 'prize')!.dataset.id).to.equal('prizes-2022');
  });

  it('does not scroll again for a hashchange to the hash it already followed', async () => {
    location.hash = '#award=c2-finalist';
    const el = await rendered(html`<wsis-prize-winners .feed=${prizeFeed()}></wsis-prize-winners>`);
    await waitUntil(() => focused(el, 'prizes-2022', 'c2-finalist'), 'the linked award was not focused');
    expect(scrolls).to.have.length(1);
    // Another script (a router) announces the same hash again: the visitor is not moved.
    (el.shadowRoot!.activeElement as HTMLElement).blur();
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await el.updateComplete;
    await new Promise(requestAnimationFrame);
    expect(scrolls).to.have.length(1);
    expect(el.shadowRoot!.activeElement).to.equal(null);
    // A new link is followed.
    location.hash = '#award=c1-winner';
    await waitUntil(() => focused(el, 'prizes-2022', 'c1-winner'), 'the new link was not followed');
    expect(scrolls).to.have.length(2);
  });
});
