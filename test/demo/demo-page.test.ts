import { expect, waitUntil } from '@open-wc/testing';

const tags = [
  'wsis-schedule',
  'wsis-partner-wall',
  'wsis-prize-winners',
  'wsis-special-tracks',
  'wsis-stats-counter',
];

describe('the demo page (index.html)', () => {
  it('loads without errors and embeds the five elements on the demo feed', async function () {
    // Five elements, each loading its code and the feed on demand: the waits below allow 10 s each.
    this.timeout(30000);
    const frame = document.createElement('iframe');
    frame.style.width = '1024px';
    frame.style.height = '768px';
    const errors: string[] = [];
    const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve()));
    frame.src = '/index.html';
    document.body.append(frame);
    const win = frame.contentWindow!;
    win.addEventListener('error', (event) => errors.push(event.message));
    win.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
    await loaded;
    const doc = frame.contentDocument!;
    // Each element has rendered its content: a root that is neither loading nor an error, with more than the live region.
    const shown = (tag: string) => {
      const root = doc.querySelector(tag)?.shadowRoot?.querySelector('[part~="root"]');
      return Boolean(
        root &&
          !root.querySelector('[part~="loading"], [part~="error"]') &&
          root.querySelector('h2, h3, ul, [part~="stats"], [part~="empty"]'),
      );
    };
    for (const tag of tags) await waitUntil(() => shown(tag), `${tag} did not render its content`, { timeout: 10000 });
    expect(doc.title).to.contain('WSIS Forum 2021');
    for (const tag of tags) {
      const element = doc.querySelector(tag);
      expect(element, tag).to.exist;
      expect(element!.getAttribute('src')).to.equal('/demo/feeds/wsis-forum-2021.json');
    }
    expect(errors).to.deep.equal([]);
    frame.remove();
  });
});
