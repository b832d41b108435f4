import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { WsisPartnerWall } from '../../src/partner-wall/partner-wall.js';
import '../../src/define/partner-wall.js';
import { partnerFeed } from './fixture-feed.js';

async function wall(lang: string): Promise<WsisPartnerWall> {
  const el = await fixture<WsisPartnerWall>(html`<wsis-partner-wall lang=${lang} .feed=${partnerFeed()}></wsis-partner-wall>`);
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="more"]'), 'no "More" button');
  return el;
}

/** The chevron's tip: the side of its box its corner is drawn on after every transform. */
function pointsTo(el: WsisPartnerWall): 'left' | 'right' {
  const chevron = el.shadowRoot!.querySelector<HTMLElement>('[part~="more"] .chevron')!;
  const box = chevron.getBoundingClientRect();
  const label = el.shadowRoot!.querySelector<HTMLElement>('[part~="more"]')!;
  // The mirrored box (.icon-directional) flips the whole drawing: read its transform.
  const mirrored = getComputedStyle(chevron.parentElement!).transform.startsWith('matrix(-1');
  expect(box.width).to.be.greaterThan(0);
  expect(label).to.exist;
  return mirrored ? 'left' : 'right';
}

describe('<wsis-partner-wall> "More" disclosure chevron', () => {
  it('points to the inline end: right in English, mirrored by .icon-directional in Arabic', async () => {
    const en = await wall('en');
    expect(en.shadowRoot!.querySelector('[part~="more"] .icon-directional')).to.exist;
    expect(pointsTo(en)).to.equal('right');
    const ar = await wall('ar');
    expect(ar.shadowRoot!.querySelector('[part~="more"] .icon-directional')).to.exist;
    expect(pointsTo(ar)).to.equal('left');
  });
});
