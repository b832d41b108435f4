/* eslint-disable no-console -- a benchmark prints its figures */
// <wsis-schedule view="grid">: first render of one day of 1,000 sessions (columns by location),
// the same day as the list view for comparison, and the grid of the 5,000-session feed (one day
// of about 40 sessions shown). Run: `npm run bench -- schedule-grid` (or
// `node bench/schedule-grid.bench.mjs [runs]`).
//
// Same harness as schedule.bench.mjs: a production build of a bench page (vite, into a temp
// dir) served over HTTP, driven by playwright-core in Debian's Chromium, a fresh page per run,
// medians. `render`: from setting `.feed` to the grid (or list) laid out and the next frame
// painted; the grid's code is loaded before the clock starts (it is a one-off download, cached
// by the browser afterwards); `settled`: until the columns off screen are rendered and the list
// behind the grid is built (both in idle moments after the first paint); `scroll`: the median
// frame time while the grid scrolls to its end in 30 steps, once settled; `heap`: JS heap
// retained after render (after GC).
import { resolve } from 'node:path';
import { buildBenchPage, launchChromium, median, serveFolder } from './support.mjs';

const repo = resolve(new URL('..', import.meta.url).pathname);
const RUNS = Number(process.argv[2]) || 5;
const SESSIONS = 1000;

const page = String.raw`
import '${repo}/src/define/schedule.ts';
import '${repo}/src/schedule/grid-view.ts';
import '${repo}/src/schedule/plan.ts';
import { synthesizeFeed } from '${repo}/scripts/feed-synth.mjs';

const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const heap = async () => { gc(); await frame(); gc(); return performance.memory.usedJSHeapSize; };

window.bench = async (n, view, days) => {
  const feed = synthesizeFeed({ sessions: n, days });
  const el = document.createElement('wsis-schedule');
  el.setAttribute('timezone', 'Europe/Zurich');
  el.setAttribute('view', view);
  document.body.append(el);
  // The plan (stars, grid switch) loads when the element connects: wait for it.
  await new Promise((r) => setTimeout(r, 50));
  await frame();
  const before = await heap();
  const t0 = performance.now();
  el.feed = feed;
  const selector = view === 'grid' ? '.grid .block' : '.list [part~="session"]';
  while (!el.shadowRoot.querySelector(selector)) { await el.updateComplete; await new Promise((r) => setTimeout(r, 0)); }
  el.shadowRoot.querySelector(view === 'grid' ? '.grid' : '.list').getBoundingClientRect();
  await frame();
  const render = performance.now() - t0;
  const rows = el.shadowRoot.querySelectorAll(selector).length;
  // After the first paint the grid renders its columns off screen and the list hidden behind it
  // builds its rows, in idle moments: 'settled' is when both are done (scrolling is measured then).
  const root = el.shadowRoot;
  while (root.querySelector('.grid .column:not(.laid)') || root.querySelectorAll('.list [part~="session"]').length < n) {
    if (performance.now() - t0 > 60000) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const settled = performance.now() - t0;
  const heapAfter = await heap();
  let scroll = 0;
  if (view === 'grid') {
    const box = el.shadowRoot.querySelector('.grid-scroll');
    const times = [];
    for (let i = 1; i <= 30; i++) {
      const t = performance.now();
      box.scrollTop = (box.scrollHeight * i) / 30;
      box.scrollLeft = (box.scrollWidth * i) / 30;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      times.push((performance.now() - t) / 2);
    }
    scroll = median(times);
  }
  return { render, settled, scroll, heap: heapAfter - before, rows };
};
window.benchReady = true;
`;
const served = await serveFolder(await buildBenchPage('schedule-grid', page));
const url = served.url;
const browser = await launchChromium();
try {
  const results = {};
  // [label, sessions, days (undefined: about 40 a day), view]
  const cases = [
    ['grid', SESSIONS, 1, 'grid'],
    ['list', SESSIONS, 1, 'list'],
    ['grid, 5,000 sessions over 125 days', 5000, undefined, 'grid'],
  ];
  for (const [label, n, days, view] of cases) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const tab = await context.newPage();
      await tab.goto(url);
      await tab.waitForFunction(() => window.benchReady);
      runs.push(await tab.evaluate(`window.bench(${n}, '${view}', ${days})`));
      await context.close();
    }
    results[label] = {
      render: median(runs.map((r) => r.render)),
      settled: median(runs.map((r) => r.settled)),
      scroll: median(runs.map((r) => r.scroll)),
      heap: median(runs.map((r) => r.heap)),
      rows: runs[0].rows,
    };
  }
  const ms = (x) => `${x.toFixed(0).padStart(6)} ms`;
  const mb = (x) => `${(x / 1048576).toFixed(1).padStart(6)} MB`;
  console.log(`<wsis-schedule view="grid", medians of ${RUNS} runs (Chromium ${browser.version()}); grid and list: ${SESSIONS.toLocaleString('en')} sessions in one day`);
  console.log('first render      settled   scroll frame      heap   blocks/rows   view');
  for (const [label, r] of Object.entries(results)) {
    console.log(`${ms(r.render)}    ${ms(r.settled)}      ${r.scroll ? ms(r.scroll) : '       –'}  ${mb(r.heap)}   ${String(r.rows).padStart(11)}   ${label}`);
  }
  console.log('settled: every grid column rendered and the list behind the grid built (idle work after the first paint);');
  console.log('scroll frame: median of (two animation frames)/2 while scrolling to the end in 30 steps, once settled (60 Hz: 16.7 ms is one frame).');
} finally {
  await browser.close();
  served.close();
}
