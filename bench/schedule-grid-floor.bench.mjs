/* eslint-disable no-console -- a benchmark prints its figures */
// The floor of the grid's first paint: Chromium's own cost for the grid's markup. The grid of one
// day of 1,000 sessions in 20 rooms (its HTML and adopted sheets) is copied into a fresh page's
// shadow root with innerHTML — no Lit, no feed preparation — and timed to paint (layout forced,
// then the next frame; and the main thread's CPU time for it): as the widget first paints it (the
// columns in view filled), and settled (every block) with the columns off screen skipped and with
// every column rendered.
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
window.capture = async (first) => {
  // first: the grid as it first paints (idle moments held back: only the columns in view are filled).
  if (first) window.requestIdleCallback = () => 0;
  const el = document.createElement('wsis-schedule');
  el.setAttribute('timezone', 'Europe/Zurich'); el.setAttribute('view', 'grid');
  document.body.append(el);
  await new Promise((r) => setTimeout(r, 50));
  el.feed = synthesizeFeed({ sessions: 1000, days: 1, rooms: window.rooms });
  const root = el.shadowRoot;
  while (!root.querySelector('.grid .block') || (!first && root.querySelector('.grid .column:not(.laid)'))) await new Promise((r) => setTimeout(r, 50));
  await el.updateComplete;
  const grid = root.querySelector('.grid-view').outerHTML;
  const sheets = [...root.adoptedStyleSheets].map((s) => [...s.cssRules].map((r) => r.cssText).join('\n'));
  el.remove();
  return { grid, sheets };
};
let host, root, html;
window.prepare = async ({ grid, sheets }, laid) => {
  host = document.createElement('div');
  host.style.width = '1264px';
  document.body.append(host);
  root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets.map((css) => { const s = new CSSStyleSheet(); s.replaceSync(css); return s; });
  html = laid ? grid : grid.replaceAll('class="column laid"', 'class="column"');
  await frame();
};
window.paint = async () => {
  const elements = (html.match(/<[a-z]/g) ?? []).length;
  const t0 = performance.now();
  root.innerHTML = html;
  root.querySelector('.grid').getBoundingClientRect();
  await frame();
  const t = performance.now() - t0;
  host.remove();
  return { t, elements };
};
window.benchReady = true;`;
const served = await serveFolder(await buildBenchPage('floor', page));
const browser = await launchChromium();
/** The grid's markup and sheets, captured in a fresh page: settled, or as it first paints (`first`). */
async function capture(first) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const tab = await context.newPage();
  await tab.goto(served.url);
  await tab.waitForFunction(() => window.benchReady);
  const captured = await tab.evaluate(`window.rooms = ${ROOMS}; window.capture(${first})`);
  await context.close();
  return captured;
}
const captured = await capture(false);
const capturedFirst = await capture(true);
// [label, markup, every column rendered]
const variants = [
  ['as the widget first paints it (the columns in view filled)', capturedFirst, false],
  ['every block, the columns off screen skipped', captured, false],
  ['every block, every column rendered', captured, true],
];
const out = variants.map(() => []);
const cpu = variants.map(() => []);
let elements = [];
for (let i = 0; i < RUNS; i++) {
  for (const [k, [, markup, laid]] of variants.entries()) {
    const c = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const t = await c.newPage();
    await t.goto(served.url);
    await t.waitForFunction(() => window.benchReady);
    const cdp = await c.newCDPSession(t);
    await cdp.send('Performance.enable');
    const thread = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value * 1000;
    await t.evaluate(([cap, l]) => window.prepare(cap, l), [markup, laid]);
    const before = await thread();
    const r = await t.evaluate(() => window.paint());
    // Main-thread CPU time to the paint (the sheets were set up before).
    cpu[k].push((await thread()) - before);
    out[k].push(r.t);
    elements[k] = r.elements;
    await c.close();
  }
}
console.log(`bare page (Chromium ${browser.version()}), the grid markup of 1,000 sessions in ${ROOMS} rooms by innerHTML to paint, medians of ${RUNS}:`);
for (const [k, [label]] of variants.entries()) {
  console.log(`${median(out[k]).toFixed(0).padStart(6)} ms  (${out[k].map((x) => x.toFixed(0)).join(' ')})  cpu ${median(cpu[k]).toFixed(0).padStart(4)} ms  ${String(elements[k]).padStart(6)} elements  ${label}`);
}
await browser.close(); served.close();
