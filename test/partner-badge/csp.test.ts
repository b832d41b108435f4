import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { openCspPage } from '../support/csp-page.js';
import type { WsisPartnerBadge } from '../../src/partner-badge/partner-badge.js';

describe('<wsis-partner-badge> under a strict Content-Security-Policy', () => {
  it('renders and takes keyboard focus without any policy violation or inline style', async () => {
    const { frame, doc, win } = await openCspPage('wsis-partner-badge', { timeout: 8000 });
    try {
      const before = doc.createElement('a');
      before.href = '#before';
      before.textContent = 'before';
      const el = doc.createElement('wsis-partner-badge') as WsisPartnerBadge;
      el.setAttribute('src', '/demo/feeds/wsis-forum-2021.json');
      el.setAttribute('partner', 'gcoa');
      el.setAttribute('layout', 'vertical');
      doc.body.prepend(before, el);
      await waitUntil(() => el.shadowRoot?.querySelector('[part~="badge"]'), 'no badge rendered', { timeout: 8000 });
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="link"]')!;
      // Styles came from the adopted sheets: the tier is bold, the badge a vertical flex box.
      expect(win.getComputedStyle(el.shadowRoot!.querySelector('[part~="tier"]')!).fontWeight).to.equal('700');
      expect(win.getComputedStyle(link).flexDirection).to.equal('column');
      expect(el.shadowRoot!.querySelectorAll('[style]').length).to.equal(0);
      // Keyboard: Tab from the link before reaches the badge's link, which shows a focus ring.
      frame.focus();
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(link);
      expect(win.getComputedStyle(link).outlineStyle).to.not.equal('none');
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
