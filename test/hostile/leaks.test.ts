import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { installLeakProbe, type LeakCounts } from './leak-probe.js';
import { widgetTags } from './inspect.js';
import { itOnlyIn, missing } from '../support/engine.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };
type MemoryInfo = { usedJSHeapSize: number };

const chromium = /\bChrome\//.test(navigator.userAgent);
/**
 * The heap in use. Chromium gives it only with --enable-precise-memory-info (scripts/chromium-path.mjs):
 * missing there, the test fails rather than comparing two zeros. Other engines have no such figure.
 */
const heap = () => {
  const memory = (performance as Performance & { memory?: MemoryInfo }).memory;
  if (chromium) expect(memory, 'performance.memory is missing: Chromium needs --enable-precise-memory-info').to.exist;
  return memory?.usedJSHeapSize ?? 0;
};
// A full collection, twice: what one pass frees can release more (weak maps, finalizers).
const collect = async () => {
  const gc = (window as Window & { gc?: () => void }).gc;
  if (chromium) expect(gc, 'window.gc is missing: Chromium needs --js-flags=--expose-gc').to.be.a('function');
  for (let pass = 0; pass < 2; pass++) {
    gc?.();
    await aTimeout(200);
  }
};

describe('leaks: create and remove each element 1,000 times with refresh and live polling on', function () {
  this.timeout(120000);

  let start: LeakCounts;
  let end: LeakCounts;
  let heapBefore = 0;

  before(async () => {
    const probe = installLeakProbe();
    try {
      // Warm up: each element's rendering code and strings load once and stay, as modules do.
      for (const tag of widgetTags) {
        const el = document.createElement(tag) as Widget;
        el.setAttribute('src', '/demo/feeds/wsis-forum-2021.json');
        document.body.append(el);
        await waitUntil(() => !el.shadowRoot?.querySelector('[part~="loading"]'), `${tag} did not render`, { timeout: 5000 });
        el.remove();
      }
      await collect();
      start = probe.counts();
      // The probe sees what a live element starts (so that the checks below can fail).
      const live = document.createElement('wsis-stats-counter');
      live.setAttribute('src', '/demo/feeds/wsis-forum-2021.json');
      live.setAttribute('live-src', '/test-api/live/probe-stream');
      document.body.append(live);
      await aTimeout(300);
      const running = probe.counts();
      live.remove();
      expect(running.eventSources + running.timers + running.listeners, 'a live counter was seen running').to.be.greaterThan(0);
      heapBefore = heap();
      for (const tag of widgetTags) {
        for (let i = 0; i < 1000; i++) {
          const el = document.createElement(tag) as Widget;
          el.setAttribute('src', '/demo/feeds/wsis-forum-2021.json');
          el.setAttribute('refresh', '1');
          el.setAttribute('duration', '0');
          if (tag === 'wsis-stats-counter') {
            el.setAttribute('live-src', i % 2 ? '/test-api/live/leak' : '/test-api/live/leak-stream');
            el.setAttribute('interval', '1');
          }
          document.body.append(el);
          await el.updateComplete;
          el.remove();
        }
      }
      // Longer than any debounce or one-shot timer an element may schedule while leaving.
      await aTimeout(1200);
      // On a loaded machine, aborted requests of the last elements still settle (and their one-shot
      // timers still fire) after that: wait until the timers drain, up to 20 s. A timer that re-arms
      // itself (a refresh left running) never drains, and the check below fails.
      await waitUntil(() => probe.counts().timers <= start.timers, 'timers drain', { timeout: 20000 }).catch(() => {});
      await collect();
      end = probe.counts();
      console.log(`leaks: before ${JSON.stringify(start)}, after ${JSON.stringify(end)}`);
    } finally {
      probe.uninstall();
    }
  });

  it('leaves no timer, observer, event source or listener', () => {
    expect(end.timers, 'pending timers').to.be.at.most(start.timers);
    expect(end.intervals, 'intervals').to.be.at.most(start.intervals);
    expect(end.observers, 'observers still observing').to.be.at.most(start.observers);
    expect(end.eventSources, 'open event sources').to.equal(0);
    expect(end.listeners, 'window/document listeners').to.be.at.most(start.listeners);
  });

  itOnlyIn(['chromium'], missing.heap, 'gives the memory back: the heap returns near its start', async () => {
    expect(heapBefore, 'performance.memory answers').to.be.greaterThan(0);
    // Memory comes back as the browser finishes with aborted requests and closed streams: give
    // it up to ten seconds of collections before calling what remains a leak.
    let heapAfter = heap();
    for (let waited = 0; heapAfter - heapBefore >= 2e6 && waited < 10000; waited += 1000) {
      await aTimeout(600);
      await collect();
      heapAfter = heap();
    }
    console.log(`leaks: heap ${(heapBefore / 1e6).toFixed(1)} MB → ${(heapAfter / 1e6).toFixed(1)} MB`);
    expect(heapAfter - heapBefore, 'heap growth').to.be.below(2e6);
  });
});
