/**
 * Reflow (WCAG 1.4.10) at 320 CSS px, the width of a 1280 px window at 400% zoom: every element,
 * with the demo feed (long names, eight languages of content), in English and Arabic. At that
 * width nothing makes the page scroll sideways, no element's box scrolls sideways, and every
 * control lies inside its element's box (none clipped).
 *
 * Scrollers inside an element: the schedule's grid (times down, rooms across) scrolls sideways in
 * its own scroller (`part="grid-scroll"`), which 1.4.10 allows for content that needs two
 * dimensions; and the schedule's week and day strips are one row of buttons that scrolls sideways
 * in its own box (each button is scrolled into view when focused or chosen, see
 * test/styles/focus-visibility.test.ts). Each such scroller must itself fit the element; the
 * controls inside it may lie beyond its visible width. Nothing else may.
 * Below 640 px the schedule's grid view shows the list (src/schedule/plan.ts, GRID_MIN_WIDTH), so
 * at 320 px `view="grid"` is checked as that list, and the grid itself at 720 px (a 704 px element).
 * These tests size the window (setViewport): Chromium and Firefox only, see `missing.viewport`.
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { engine, itOnlyIn, missing, viewportEngines } from '../support/engine.js';
import type { TemplateResult } from 'lit';
import '../../src/define/partner-badge.js';
import '../../src/define/partner-wall.js';
import '../../src/define/prize-winners.js';
import '../../src/define/schedule.js';
import '../../src/define/special-tracks.js';
import '../../src/define/stats-counter.js';

const src = '/demo/feeds/wsis-forum-2021.json';

/** What a visitor can operate, and is shown (not hidden, not visually hidden). */
const controls = 'a[href], button, select, input, textarea, summary, [tabindex]:not([tabindex="-1"])';

function shownControls(root: ShadowRoot): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(controls)].filter((control) => {
    const box = control.getBoundingClientRect();
    return box.width > 1 && box.height > 1 && control.checkVisibility({ visibilityProperty: true });
  });
}

async function at320(template: TemplateResult, ready: string, width = 320): Promise<HTMLElement> {
  await setViewport({ width, height: 640 });
  const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = wrapper.firstElementChild as HTMLElement;
  await waitUntil(() => el.shadowRoot?.querySelector(ready), `${el.localName}: no ${ready}`, { timeout: 8000 });
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  // Arabic strings arrive in their own chunk: wait for the re-render to settle (two frames).
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return el;
}

/**
 * The element reflows: no sideways scroll of the page, of the element or of its root box, and
 * every shown control inside the element (or, inside an allowed scroller, the scroller inside it).
 */
function expectReflow(el: HTMLElement, scrollers: string[] = [], width = 320): void {
  const name = `${el.localName}${el.getAttribute('view') ? `[view=${el.getAttribute('view')}]` : ''}`;
  expect(document.documentElement.scrollWidth, `${name}: the page scrolls sideways`).to.be.at.most(width);
  const box = el.getBoundingClientRect();
  expect(box.width, name).to.be.at.most(width + 0.5);
  expect(el.scrollWidth, `${name}: the element scrolls sideways`).to.be.at.most(el.clientWidth + 1);
  const root = el.shadowRoot!.querySelector<HTMLElement>('.root')!;
  expect(root.scrollWidth, `${name}: its root box scrolls sideways`).to.be.at.most(root.clientWidth + 1);
  const inside = (rect: DOMRect, what: string) => {
    expect(rect.left, `${name}: ${what} starts left of the element`).to.be.at.least(box.left - 0.5);
    expect(rect.right, `${name}: ${what} ends right of the element`).to.be.at.most(box.right + 0.5);
  };
  const boxes = scrollers.flatMap((selector) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)]);
  for (const scroller of boxes) inside(scroller.getBoundingClientRect(), `scroller .${scroller.className}`);
  for (const control of shownControls(el.shadowRoot!)) {
    if (boxes.some((scroller) => scroller.contains(control))) continue;
    const label = `${control.localName}${control.getAttribute('part') ? `[part=${control.getAttribute('part')}]` : ''} "${(control.textContent ?? '').trim().slice(0, 30)}"`;
    inside(control.getBoundingClientRect(), label);
    // Not clipped by a box of its own either: a control shows its whole text.
    expect(control.scrollWidth, `${name}: ${label} cuts its text`).to.be.at.most(control.clientWidth + 1);
  }
}

describe('reflow at 320 CSS px (WCAG 1.4.10)', () => {
  afterEach(async () => {
    fixtureCleanup();
    if (viewportEngines.includes(engine)) await setViewport({ width: 800, height: 600 });
    localStorage.clear();
  });

  for (const lang of ['en', 'ar']) {
    describe(lang, () => {
      itOnlyIn(viewportEngines, missing.viewport, 'schedule, list view: only the week and day strips scroll, inside their own box', async () => {
        const el = await at320(html`<wsis-schedule lang=${lang} src=${src}></wsis-schedule>`, '[part~="session"]');
        expect(el.shadowRoot!.querySelectorAll('.strip').length, 'the week and day strips').to.equal(2);
        expectReflow(el, ['.strip']);
      });

      itOnlyIn(viewportEngines, missing.viewport, 'schedule, grid view: the list at 320 px; at 720 px only the grid and its day strips scroll', async () => {
        const narrow = await at320(html`<wsis-schedule lang=${lang} view="grid" src=${src}></wsis-schedule>`, '[part~="session"]');
        expect(narrow.shadowRoot!.querySelector('.grid'), 'no grid at 320 px').to.equal(null);
        expectReflow(narrow, ['.strip']);
        fixtureCleanup();
        const wide = await at320(html`<wsis-schedule lang=${lang} view="grid" src=${src}></wsis-schedule>`, '.grid .block', 720);
        expectReflow(wide, ['[part~="grid-scroll"]', '.grid-days', '.strip'], 720);
        // The grid's scroller is the only box allowed to scroll sideways.
        expect(getComputedStyle(wide.shadowRoot!.querySelector('[part~="grid-scroll"]')!).overflowX).to.equal('auto');
      });

      itOnlyIn(viewportEngines, missing.viewport, 'partner wall', async () => {
        const el = await at320(html`<wsis-partner-wall lang=${lang} src=${src}></wsis-partner-wall>`, '[part~="partner"]');
        expectReflow(el);
      });

      itOnlyIn(viewportEngines, missing.viewport, 'partner card (one partner)', async () => {
        const el = await at320(html`<wsis-partner-wall lang=${lang} partner="uae" src=${src}></wsis-partner-wall>`, '[part~="card"]');
        expectReflow(el);
      });

      itOnlyIn(viewportEngines, missing.viewport, 'partner badge, both layouts', async () => {
        for (const layout of ['horizontal', 'vertical']) {
          const el = await at320(html`<wsis-partner-badge lang=${lang} layout=${layout} partner="uae" src=${src}></wsis-partner-badge>`, '[part~="badge"]');
          expectReflow(el);
        }
      });

      itOnlyIn(viewportEngines, missing.viewport, 'prize winners', async () => {
        const el = await at320(html`<wsis-prize-winners lang=${lang} src=${src}></wsis-prize-winners>`, '[part~="award"]');
        expectReflow(el);
      });

      itOnlyIn(viewportEngines, missing.viewport, 'special tracks, with their sessions', async () => {
        const el = await at320(html`<wsis-special-tracks lang=${lang} sessions src=${src}></wsis-special-tracks>`, '[part~="track"]');
        expectReflow(el);
      });

      itOnlyIn(viewportEngines, missing.viewport, 'stats counter', async () => {
        const el = await at320(html`<wsis-stats-counter lang=${lang} motion="reduce" src=${src}></wsis-stats-counter>`, '[part~="stat"]');
        expectReflow(el);
      });
    });
  }
});
