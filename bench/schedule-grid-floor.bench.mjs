/* eslint-disable no-console -- a benchmark prints its figures */
// The floor of the grid's first paint: Chromium's own cost for the grid's markup. The settled grid
// of one day of 1,000 sessions in 20 rooms (its HTML and adopted sheets) is copied into a fresh page's shadow
// root with innerHTML — no Lit, no feed preparation — and timed to paint (layout forced, then the
// next frame), with the columns off screen skipped as shipped and with every column rendered.
// Run: `npm run bench -- grid-floor` (or `node bench/schedule-grid-floor.bench.mjs [runs] [rooms]`).
import { resolve } from 'node:path';
import { buildBenchPage, launchChromium, median, serveFolder } from './support.mjs';

const repo = resolve(new URL('..', import.meta.url).pathname);
const RUNS = Number(process.argv[2]) || 5;
const ROOMS = Number(process.argv[3]) || 20;
const page = String.raw`
import '${repo}/src/define/schedule.ts';
import '${repo}/src/schedule/grid-view.ts';
import '${repo}/src/schedule/plan.ts';
import { synthesizeFeed } from '${repo}/scripts/feed-synth.mjs';
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
window.capture = async () => {
  const el = document.createElement('wsis-schedule');
  el.setAttribute('timezone', 'Europe/Zurich'); el.setAttribute('view', 'grid');
  document.body.append(el);
  await new Promise((r) => setTimeout(r, 50));
  el.feed = synthesizeFeed({ sessions: 1000, days: 1, rooms: window.rooms });
  const root = el.shadowRoot;
  while (!root.querySelector('.grid .block') || root.querySelector('.grid .column:not(.laid)')) await new Promise((r) => setTimeout(r, 50));
  const grid = root.querySelector('.grid-view').outerHTML;
  const sheets = [...root.adoptedStyleSheets].map((s) => [...s.cssRules].map((r) => r.cssText).join('\n'));
  el.remove();
  return { grid, sheets };
};
window.paint = async ({ grid, sheets }, laid) => {
  const host = document.createElement('div');
  host.style.width = '1264px';
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets.map((css) => { const s = new CSSStyleSheet(); s.replaceSync(css); return s; });
  await frame();
  const html = laid ? grid : grid.replaceAll('class="column laid"', 'class="column"');
  const t0 = performance.now();
  root.innerHTML = html;
  root.querySelector('.grid').getBoundingClientRect();
  await frame();
  const t = performance.now() - t0;
  host.remove();
  return t;
};
window.benchReady = true;`;
const served = await serveFolder(await buildBenchPage('floor', page));
const browser = await launchChromium();
const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const tab = await ctx.newPage();
await tab.goto(served.url);
await tab.waitForFunction(() => window.benchReady);
const captured = await tab.evaluate(`window.rooms = ${ROOMS}; window.capture()`);
await ctx.close();
const out = { skipped: [], laid: [] };
for (let i = 0; i < RUNS; i++) {
  for (const laid of [false, true]) {
    const c = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const t = await c.newPage();
    await t.goto(served.url);
    await t.waitForFunction(() => window.benchReady);
    out[laid ? 'laid' : 'skipped'].push(await t.evaluate(([cap, l]) => window.paint(cap, l), [captured, laid]));
    await c.close();
  }
}
console.log(`bare page, the grid markup of 1,000 blocks in ${ROOMS} rooms by innerHTML to paint, medians of ${RUNS}:`);
console.log('  columns off screen skipped (as shipped):', median(out.skipped).toFixed(0), 'ms', out.skipped.map((x) => x.toFixed(0)).join(' '));
console.log('  every column rendered:', median(out.laid).toFixed(0), 'ms', out.laid.map((x) => x.toFixed(0)).join(' '));
await browser.close(); served.close();
