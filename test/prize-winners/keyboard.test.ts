import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { SPACE, pressShiftTab } from '../support/engine.js';
import { prizeFeed } from './fixture-feed.js';
import { awardIds, part, prizeIds, rendered, type WsisPrizeWinners } from './helpers.js';

const active = (el: WsisPrizeWinners) => el.shadowRoot!.activeElement as HTMLElement | null;

describe('<wsis-prize-winners> with the keyboard', () => {
  it('reaches the filters first and changes them with the arrow keys', async () => {
    const wrapper = await rendered(
      html`<div><button id="before">before</button><wsis-prize-winners .feed=${prizeFeed()}></wsis-prize-winners></div>`,
    );
    const el = wrapper as WsisPrizeWinners;
    (document.getElementById('before') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.closest('[part~="filter"]')?.getAttribute('data-filter')).to.equal('prize');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    const rank = active(el) as HTMLSelectElement;
    expect(rank.closest('[part~="filter"]')?.getAttribute('data-filter')).to.equal('rank');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(rank.value).to.equal('winner');
    expect(awardIds(el)).to.deep.equal(['c1-winner', 'c2-winner', 'loose-winner', 'photo-1']);
  });

  it('opens a long description with Enter and clears the filters with Space', async () => {
    const el = await rendered(html`<wsis-prize-winners .feed=${prizeFeed()}></wsis-prize-winners>`);
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('[data-filter="year"] select')!;
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(prizeIds(el)).to.deep.equal(['prizes-2021']);

    // Tab goes to the next select, then to "Clear filters".
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.getAttribute('part')).to.equal('clear-filters');
    await sendKeys({ press: SPACE });
    await el.updateComplete;
    expect(prizeIds(el)).to.deep.equal(['prizes-2022', 'prizes-2021', 'contest-2022']);
    expect(active(el)?.closest('[part~="filter"]')?.getAttribute('data-filter')).to.equal('prize');

    const winner = el.shadowRoot!.querySelector('[data-id="c1-winner"]')!;
    const details = part(el, 'award-description', winner) as HTMLDetailsElement;
    details.querySelector('summary')!.focus();
    expect(active(el)?.localName).to.equal('summary');
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(false);
  });

  it('shows a focus ring on links and the disclosure', async () => {
    const el = await rendered(html`<wsis-prize-winners .feed=${prizeFeed()}></wsis-prize-winners>`);
    const summary = el.shadowRoot!.querySelector<HTMLElement>('[data-id="c1-winner"] summary')!;
    summary.focus();
    await pressShiftTab();
    await sendKeys({ press: 'Tab' });
    expect(active(el)).to.equal(summary);
    expect(getComputedStyle(summary).outlineStyle).to.equal('solid');
    await sendKeys({ press: 'Tab' });
    const link = active(el)!;
    expect(link.getAttribute('part')).to.equal('award-link');
    expect(getComputedStyle(link).outlineStyle).to.equal('solid');
    expect(link.getBoundingClientRect().height).to.be.at.least(24);
  });
});
