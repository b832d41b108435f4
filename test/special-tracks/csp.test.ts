import { expect, waitUntil } from '@open-wc/testing';
import type { WsisSpecialTracks } from '../../src/special-tracks/special-tracks.js';
import { openCspPage } from '../support/csp-page.js';
import { tracksFeed } from './tracks-feed.js';
import { asFeed } from '../fixtures/as-feed.js';

describe('<wsis-special-tracks> under a strict Content-Security-Policy', () => {
  it('shows the track colours and sessions without any policy violation', async () => {
    const { frame, doc, win } = await openCspPage('wsis-special-tracks');
    const el = doc.createElement('wsis-special-tracks') as WsisSpecialTracks;
    el.setAttribute('sessions', '');
    el.setAttribute('now', '2021-03-21T00:00:00Z');
    el.setAttribute('timezone', 'Pacific/Auckland');
    el.feed = asFeed(tracksFeed());
    doc.body.append(el);
    try {
      await waitUntil(() => el.shadowRoot?.querySelector('[part~="session"]'), 'no sessions rendered', {
        // The page loads the reader, the view and the session rows on demand: slow on a busy machine.
        timeout: 8000,
      });
      await el.updateComplete;
      const card = el.shadowRoot!.querySelector<HTMLElement>('[part~="track"][data-id="ageing"]')!;
      expect(win.getComputedStyle(card, '::before').backgroundColor).to.equal('rgb(154, 74, 0)');
      // The session rows' track dots take their colour from the adopted sheet.
      const dot = el.shadowRoot!.querySelector('[part~="session"] .track[data-track="ageing"]')!;
      expect(win.getComputedStyle(dot, '::before').backgroundColor).to.equal('rgb(154, 74, 0)');
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
