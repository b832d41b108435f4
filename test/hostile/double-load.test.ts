import { expect, oneEvent } from '@open-wc/testing';
import { trapPage, widgetTags } from './inspect.js';

describe('the library loaded twice on one page', () => {
  it('does not throw when the bundle, an element file and a second copy are all loaded', async () => {
    const traps = trapPage();
    const warnings: string[] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      await import('../../src/index.js');
      await import('../../src/define/schedule.js');
      await import('../../src/index.js');
      const first = widgetTags.map((tag) => customElements.get(tag));
      // A second, separately built copy of the whole library.
      // @ts-expect-error: a generated bundle without types
      await import('../.bundle/second-copy.js');
      const after = widgetTags.map((tag) => customElements.get(tag));
      expect(after).to.deep.equal(first);
      expect(first.every(Boolean)).to.equal(true);
      for (const tag of widgetTags) {
        expect(warnings.filter((w) => w.includes(`<${tag}>`)), tag).to.have.length(1);
      }
      // The elements still work.
      const el = document.createElement('wsis-partner-wall');
      el.setAttribute('src', '/demo/feeds/wsis-forum-2021.json');
      const loaded = oneEvent(el, 'wsis-load');
      document.body.append(el);
      await loaded;
      el.remove();
      expect(traps.errors).to.deep.equal([]);
    } finally {
      console.warn = originalWarn;
      traps.release();
    }
  });
});
