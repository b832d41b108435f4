import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { prizeFeed } from './fixture-feed.js';
import { parts, rendered } from './helpers.js';
import { engine, itOnlyIn, missing, viewportEngines } from '../support/engine.js';

/** The fixture feed with category names long enough to ask for a select wider than 360 px. */
function longNamesFeed() {
  const feed = prizeFeed();
  for (const prize of feed.prizes as { categories?: { name: unknown }[] }[]) {
    for (const category of prize.categories ?? []) {
      category.name = { en: 'Information and communication infrastructure for inclusive sustainable development' };
    }
  }
  return feed;
}

describe('<wsis-prize-winners> at 320 px (400% zoom of 1280 px)', () => {
  afterEach(async () => {
    if (viewportEngines.includes(engine)) await setViewport({ width: 800, height: 600 });
  });

  itOnlyIn(viewportEngines, missing.viewport, 'fits a 288 px element: every filter select inside it, no horizontal scroll', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await rendered(
      html`<div style="padding-inline: 16px"><wsis-prize-winners .feed=${longNamesFeed()}></wsis-prize-winners></div>`,
    );
    const box = el.getBoundingClientRect();
    expect(box.width).to.be.at.most(288.5);
    const selects = parts(el, 'filter').map((filter) => filter.querySelector('select')!);
    expect(selects.length).to.be.at.least(2);
    for (const select of selects) {
      const rect = select.getBoundingClientRect();
      expect(rect.left, select.id).to.be.at.least(box.left - 0.5);
      expect(rect.right, select.id).to.be.at.most(box.right + 0.5);
    }
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });
});
