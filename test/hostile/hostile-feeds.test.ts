import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { hostileFeeds } from '../fixtures/hostile/hostile-feeds.js';
import { dangerousAttributes, leftLoading, part, trapPage, widgetTags } from './inspect.js';

declare global {
  interface Window {
    __wsisCanary?: unknown;
  }
}

const settled = leftLoading;

async function render(tag: string, feed: unknown) {
  const el = document.createElement(tag) as HTMLElement & { feed?: unknown; updateComplete: Promise<unknown> };
  el.setAttribute('sessions', '');
  el.setAttribute('now', '2021-03-22T10:30:00+01:00');
  el.setAttribute('duration', '0');
  el.feed = feed;
  document.body.append(el);
  await waitUntil(() => settled(el), `${tag} stayed loading`, { timeout: 4000 });
  await el.updateComplete;
  // Let images fail, timers fire and any injected handler get its chance to run.
  await aTimeout(150);
  return el;
}

describe('hostile feeds: nothing executes, nothing leaks, every element shows what it can', () => {
  it('has all five elements defined', () => {
    for (const tag of widgetTags) expect(customElements.get(tag), tag).to.exist;
  });

  for (const tag of widgetTags) {
    describe(`<${tag}>`, () => {
      for (const hostile of hostileFeeds()) {
        it(hostile.name, async () => {
          window.__wsisCanary = undefined;
          const traps = trapPage();
          let el: HTMLElement | undefined;
          try {
            el = await render(tag, hostile.feed);
            expect(window.__wsisCanary, 'the canary').to.equal(undefined);
            expect(traps.dialogs, 'dialogs opened').to.deep.equal([]);
            expect(dangerousAttributes(el), 'dangerous attributes').to.deep.equal([]);
            expect(traps.errors, 'uncaught errors').to.deep.equal([]);
            const error = part(el, 'error');
            const outcome = hostile.outcome ?? 'shown';
            if (outcome === 'refused') {
              expect(error, 'a refused document shows the error state').to.exist;
              expect(error!.getAttribute('role')).to.equal('alert');
            } else if (outcome === 'shown') {
              expect(error?.textContent ?? null, 'a readable document is shown, not refused').to.equal(null);
              expect(el.shadowRoot!.textContent!.trim().length, 'shows something').to.be.greaterThan(0);
            }
          } finally {
            traps.release();
            el?.remove();
          }
        });
      }
    });
  }
});

describe('a 20 MB feed', function () {
  this.timeout(90000);

  it('is read once and shown by all five elements without an error escaping', async () => {
    const traps = trapPage();
    const elements = widgetTags.map((tag) => {
      const el = document.createElement(tag);
      el.setAttribute('src', '/test-api/huge-feed.json');
      el.setAttribute('duration', '0');
      return el;
    });
    try {
      const size = Number((await fetch('/test-api/huge-feed.json', { method: 'HEAD' })).headers.get('content-length'));
      expect(size, 'bytes').to.be.greaterThan(18e6);
      document.body.append(...elements);
      await waitUntil(() => elements.every(settled), 'all five left loading', {
        timeout: 60000,
        interval: 250,
      });
      for (const el of elements) expect(part(el, 'error'), el.localName).to.equal(null);
      const schedule = elements[0].shadowRoot!;
      await waitUntil(() => schedule.querySelectorAll('[part~="session"]').length >= 1000, 'sessions shown', { timeout: 30000 });
      expect(traps.errors).to.deep.equal([]);
    } finally {
      traps.release();
      elements.forEach((el) => el.remove());
    }
  });
});
