import { expect, waitUntil } from '@open-wc/testing';
import { openCspPage } from '../support/csp-page.js';

describe('<wsis-schedule view="grid"> under a strict Content-Security-Policy', () => {
  it('places blocks, stars and overlap notes with no violation', async () => {
    // The hostile tests' page: `style-src` without 'unsafe-inline', violations recorded.
    const { frame, doc, win } = await openCspPage('wsis-schedule', { width: 1100, height: 800 });
    const el = doc.createElement('wsis-schedule');
    el.setAttribute('src', '/demo/feeds/wsis-forum-2021.json');
    el.setAttribute('view', 'grid');
    el.setAttribute('day', '2021-03-22');
    doc.body.append(el);
    try {
      const root = () => el.shadowRoot!;
      await waitUntil(() => root()?.querySelectorAll('.grid .block').length > 1, 'the grid rendered', { timeout: 8000 });
      const [first, second] = [...root().querySelectorAll<HTMLElement>('.grid .block')];
      // Placed by the adopted sheet: positioned from its minutes, not left in the flow.
      expect(getComputedStyle(first).position).to.equal('absolute');
      expect(getComputedStyle(first).insetBlockStart).to.not.equal('auto');
      expect(second.getBoundingClientRect().top).to.be.greaterThan(first.getBoundingClientRect().top);
      root().querySelector<HTMLElement>('.grid .block .star')!.click();
      await waitUntil(() => root().querySelector('.grid .block .star[aria-pressed="true"]'), 'starred');
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
    } finally {
      doc.defaultView!.localStorage.clear();
      frame.remove();
    }
  });
});
